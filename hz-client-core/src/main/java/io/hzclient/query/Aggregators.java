package io.hzclient.query;

import io.hzclient.internal.query.BuiltInAggregator;
import io.hzclient.serialization.ObjectDataOutput;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The members' aggregators, written as the official clients write them. Pass one to
 * {@link io.hzclient.map.HzMap#aggregate}.
 *
 * <p>Each reads an attribute of every entry (see {@link Predicates} for what an attribute may name; {@code [any]}
 * aggregates each element of a collection). A null or blank attribute is refused with an
 * {@link IllegalArgumentException}. The typed sums and averages expect that type on the members: {@code integerSum}
 * an {@code int} attribute, {@code longSum} a {@code long}, {@code doubleSum} a {@code double}; a value of another type
 * fails the aggregation there. {@code fixedPointSum}, {@code floatingPointSum} and {@code numberAvg} take any number.
 */
public final class Aggregators {
    private static final int BIG_DECIMAL_SUM = 1;
    private static final int BIG_INTEGER_SUM = 3;
    private static final int COUNT = 4;
    private static final int DISTINCT = 5;
    private static final int DOUBLE_AVG = 6;
    private static final int DOUBLE_SUM = 7;
    private static final int FIXED_POINT_SUM = 8;
    private static final int FLOATING_POINT_SUM = 9;
    private static final int INTEGER_AVG = 10;
    private static final int INTEGER_SUM = 11;
    private static final int LONG_AVG = 12;
    private static final int LONG_SUM = 13;
    private static final int MAX = 14;
    private static final int MIN = 15;
    private static final int NUMBER_AVG = 16;
    private static final int MAX_BY = 17;
    private static final int MIN_BY = 18;

    private Aggregators() {
    }

    /**
     * The number of entries.
     *
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Long> count() {
        return new BuiltInAggregator<>(COUNT, out -> {
            out.writeString(null);
            out.writeLong(0);
        }, "count()");
    }

    /**
     * The number of entries whose attribute is not null.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Long> count(String attribute) {
        return withState(COUNT, "count", attribute, out -> out.writeLong(0));
    }

    /**
     * The distinct values of the attribute.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @param <R> the attribute's type
     * @return the aggregator
     */
    public static <I, R> Aggregator<I, Set<R>> distinct(String attribute) {
        return withState(DISTINCT, "distinct", attribute, out -> out.writeInt(0));
    }

    /**
     * The average of a {@code double} attribute; null over no entries.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> doubleAvg(String attribute) {
        return withState(DOUBLE_AVG, "doubleAvg", attribute, Aggregators::sumAndCount);
    }

    /**
     * The sum of a {@code double} attribute.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> doubleSum(String attribute) {
        return withState(DOUBLE_SUM, "doubleSum", attribute, out -> out.writeDouble(0));
    }

    /**
     * The average of an {@code int} attribute; null over no entries.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> integerAvg(String attribute) {
        return withState(INTEGER_AVG, "integerAvg", attribute, Aggregators::sumAndCount);
    }

    /**
     * The sum of an {@code int} attribute, as a long.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Long> integerSum(String attribute) {
        return withState(INTEGER_SUM, "integerSum", attribute, out -> out.writeLong(0));
    }

    /**
     * The average of a {@code long} attribute; null over no entries.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> longAvg(String attribute) {
        return withState(LONG_AVG, "longAvg", attribute, Aggregators::sumAndCount);
    }

    /**
     * The sum of a {@code long} attribute.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Long> longSum(String attribute) {
        return withState(LONG_SUM, "longSum", attribute, out -> out.writeLong(0));
    }

    /**
     * The average of a numeric attribute of any type; null over no entries.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> numberAvg(String attribute) {
        return withState(NUMBER_AVG, "numberAvg", attribute, Aggregators::sumAndCount);
    }

    /**
     * The sum of an integral attribute of any type (byte to long, BigInteger), as a long.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Long> fixedPointSum(String attribute) {
        return withState(FIXED_POINT_SUM, "fixedPointSum", attribute, out -> out.writeLong(0));
    }

    /**
     * The sum of a numeric attribute of any type, as a double.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> floatingPointSum(String attribute) {
        return withState(FLOATING_POINT_SUM, "floatingPointSum", attribute, out -> out.writeDouble(0));
    }

    /**
     * The sum of a {@link BigDecimal} attribute.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, BigDecimal> bigDecimalSum(String attribute) {
        return withState(BIG_DECIMAL_SUM, "bigDecimalSum", attribute, out -> out.writeObject(BigDecimal.ZERO));
    }

    /**
     * The sum of a {@link BigInteger} attribute.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, BigInteger> bigIntegerSum(String attribute) {
        return withState(BIG_INTEGER_SUM, "bigIntegerSum", attribute, out -> out.writeObject(BigInteger.ZERO));
    }

    /**
     * The largest value of a comparable attribute; null over no entries.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @param <R> the attribute's type
     * @return the aggregator
     */
    public static <I, R extends Comparable<? super R>> Aggregator<I, R> max(String attribute) {
        return withState(MAX, "max", attribute, out -> out.writeObject(null));
    }

    /**
     * The smallest value of a comparable attribute; null over no entries.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @param <R> the attribute's type
     * @return the aggregator
     */
    public static <I, R extends Comparable<? super R>> Aggregator<I, R> min(String attribute) {
        return withState(MIN, "min", attribute, out -> out.writeObject(null));
    }

    /**
     * The entry with the largest value of the attribute; null over no entries.
     *
     * @param attribute the attribute
     * @param <K> the map's key type
     * @param <V> the map's value type
     * @return the aggregator
     */
    public static <K, V> Aggregator<Map.Entry<K, V>, Map.Entry<K, V>> maxBy(String attribute) {
        return withState(MAX_BY, "maxBy", attribute, Aggregators::valueAndEntry);
    }

    /**
     * The entry with the smallest value of the attribute; null over no entries.
     *
     * @param attribute the attribute
     * @param <K> the map's key type
     * @param <V> the map's value type
     * @return the aggregator
     */
    public static <K, V> Aggregator<Map.Entry<K, V>, Map.Entry<K, V>> minBy(String attribute) {
        return withState(MIN_BY, "minBy", attribute, Aggregators::valueAndEntry);
    }

    /** Writes the attribute, then the aggregator's empty state (what the members start from). */
    private static <I, R> Aggregator<I, R> withState(int classId, String name, String attribute,
                                                     Consumer<ObjectDataOutput> emptyState) {
        String a = Predicates.notBlank(attribute, "attribute");
        return new BuiltInAggregator<>(classId, out -> {
            out.writeString(a);
            emptyState.accept(out);
        }, name + "(" + a + ")");
    }

    private static void sumAndCount(ObjectDataOutput out) {
        out.writeLong(0); // the sum's bits: 0 and 0.0 are the same zeros
        out.writeLong(0);
    }

    private static void valueAndEntry(ObjectDataOutput out) {
        out.writeObject(null);
        out.writeObject(null);
    }
}
