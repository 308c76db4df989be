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
 * aggregates each element of a collection), or, in its form without one, the entry's value itself. A null or blank
 * attribute is refused with an {@link IllegalArgumentException}. The typed sums and averages expect that type on the
 * members: {@code integerSum} an {@code int}, {@code longSum} a {@code long}, {@code doubleSum} a {@code double}; a
 * value of another type fails the aggregation there.
 * {@code fixedPointSum}, {@code floatingPointSum} and {@code numberAvg} take any number.
 */
public final class Aggregators {
    private static final int BIG_DECIMAL_AVG = 0;
    private static final int BIG_DECIMAL_SUM = 1;
    private static final int BIG_INTEGER_AVG = 2;
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
     * The number of entries whose attribute is not null.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Long> count(String attribute) {
        return aggregator(COUNT, "count", required(attribute), out -> out.writeLong(0));
    }

    /**
     * The number of entries.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @return the aggregator
     */
    public static <I> Aggregator<I, Long> count() {
        return aggregator(COUNT, "count", null, out -> out.writeLong(0));
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
        return aggregator(DISTINCT, "distinct", required(attribute), out -> out.writeInt(0));
    }

    /**
     * The distinct values.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @param <R> the attribute's type
     * @return the aggregator
     */
    public static <I, R> Aggregator<I, Set<R>> distinct() {
        return aggregator(DISTINCT, "distinct", null, out -> out.writeInt(0));
    }

    /**
     * The average of a {@code double} attribute; null over no entries.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> doubleAvg(String attribute) {
        return aggregator(DOUBLE_AVG, "doubleAvg", required(attribute), Aggregators::sumAndCount);
    }

    /**
     * The average of {@code double} values; null over no entries.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> doubleAvg() {
        return aggregator(DOUBLE_AVG, "doubleAvg", null, Aggregators::sumAndCount);
    }

    /**
     * The sum of a {@code double} attribute.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> doubleSum(String attribute) {
        return aggregator(DOUBLE_SUM, "doubleSum", required(attribute), out -> out.writeDouble(0));
    }

    /**
     * The sum of {@code double} values.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> doubleSum() {
        return aggregator(DOUBLE_SUM, "doubleSum", null, out -> out.writeDouble(0));
    }

    /**
     * The average of an {@code int} attribute; null over no entries.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> integerAvg(String attribute) {
        return aggregator(INTEGER_AVG, "integerAvg", required(attribute), Aggregators::sumAndCount);
    }

    /**
     * The average of {@code int} values; null over no entries.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> integerAvg() {
        return aggregator(INTEGER_AVG, "integerAvg", null, Aggregators::sumAndCount);
    }

    /**
     * The sum of an {@code int} attribute, as a long.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Long> integerSum(String attribute) {
        return aggregator(INTEGER_SUM, "integerSum", required(attribute), out -> out.writeLong(0));
    }

    /**
     * The sum of {@code int} values, as a long.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @return the aggregator
     */
    public static <I> Aggregator<I, Long> integerSum() {
        return aggregator(INTEGER_SUM, "integerSum", null, out -> out.writeLong(0));
    }

    /**
     * The average of a {@code long} attribute; null over no entries.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> longAvg(String attribute) {
        return aggregator(LONG_AVG, "longAvg", required(attribute), Aggregators::sumAndCount);
    }

    /**
     * The average of {@code long} values; null over no entries.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> longAvg() {
        return aggregator(LONG_AVG, "longAvg", null, Aggregators::sumAndCount);
    }

    /**
     * The sum of a {@code long} attribute.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Long> longSum(String attribute) {
        return aggregator(LONG_SUM, "longSum", required(attribute), out -> out.writeLong(0));
    }

    /**
     * The sum of {@code long} values.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @return the aggregator
     */
    public static <I> Aggregator<I, Long> longSum() {
        return aggregator(LONG_SUM, "longSum", null, out -> out.writeLong(0));
    }

    /**
     * The average of a numeric attribute of any type; null over no entries.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> numberAvg(String attribute) {
        return aggregator(NUMBER_AVG, "numberAvg", required(attribute), Aggregators::sumAndCount);
    }

    /**
     * The average of numeric values of any type; null over no entries.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> numberAvg() {
        return aggregator(NUMBER_AVG, "numberAvg", null, Aggregators::sumAndCount);
    }

    /**
     * The sum of an integral attribute of any type (byte to long, BigInteger), as a long.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Long> fixedPointSum(String attribute) {
        return aggregator(FIXED_POINT_SUM, "fixedPointSum", required(attribute), out -> out.writeLong(0));
    }

    /**
     * The sum of integral values of any type (byte to long, BigInteger), as a long.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @return the aggregator
     */
    public static <I> Aggregator<I, Long> fixedPointSum() {
        return aggregator(FIXED_POINT_SUM, "fixedPointSum", null, out -> out.writeLong(0));
    }

    /**
     * The sum of a numeric attribute of any type, as a double.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> floatingPointSum(String attribute) {
        return aggregator(FLOATING_POINT_SUM, "floatingPointSum", required(attribute), out -> out.writeDouble(0));
    }

    /**
     * The sum of numeric values of any type, as a double.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @return the aggregator
     */
    public static <I> Aggregator<I, Double> floatingPointSum() {
        return aggregator(FLOATING_POINT_SUM, "floatingPointSum", null, out -> out.writeDouble(0));
    }

    /**
     * The average of a {@link BigDecimal} attribute; null over no entries.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, BigDecimal> bigDecimalAvg(String attribute) {
        return aggregator(BIG_DECIMAL_AVG, "bigDecimalAvg", required(attribute),
                out -> sumAndCount(out, BigDecimal.ZERO));
    }

    /**
     * The average of {@link BigDecimal} values; null over no entries.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @return the aggregator
     */
    public static <I> Aggregator<I, BigDecimal> bigDecimalAvg() {
        return aggregator(BIG_DECIMAL_AVG, "bigDecimalAvg", null, out -> sumAndCount(out, BigDecimal.ZERO));
    }

    /**
     * The sum of a {@link BigDecimal} attribute.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, BigDecimal> bigDecimalSum(String attribute) {
        return aggregator(BIG_DECIMAL_SUM, "bigDecimalSum", required(attribute),
                out -> out.writeObject(BigDecimal.ZERO));
    }

    /**
     * The sum of {@link BigDecimal} values.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @return the aggregator
     */
    public static <I> Aggregator<I, BigDecimal> bigDecimalSum() {
        return aggregator(BIG_DECIMAL_SUM, "bigDecimalSum", null, out -> out.writeObject(BigDecimal.ZERO));
    }

    /**
     * The average of a {@link BigInteger} attribute, as a BigDecimal; null over no entries.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, BigDecimal> bigIntegerAvg(String attribute) {
        return aggregator(BIG_INTEGER_AVG, "bigIntegerAvg", required(attribute),
                out -> sumAndCount(out, BigInteger.ZERO));
    }

    /**
     * The average of {@link BigInteger} values, as a BigDecimal; null over no entries.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @return the aggregator
     */
    public static <I> Aggregator<I, BigDecimal> bigIntegerAvg() {
        return aggregator(BIG_INTEGER_AVG, "bigIntegerAvg", null, out -> sumAndCount(out, BigInteger.ZERO));
    }

    /**
     * The sum of a {@link BigInteger} attribute.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @return the aggregator
     */
    public static <I> Aggregator<I, BigInteger> bigIntegerSum(String attribute) {
        return aggregator(BIG_INTEGER_SUM, "bigIntegerSum", required(attribute),
                out -> out.writeObject(BigInteger.ZERO));
    }

    /**
     * The sum of {@link BigInteger} values.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @return the aggregator
     */
    public static <I> Aggregator<I, BigInteger> bigIntegerSum() {
        return aggregator(BIG_INTEGER_SUM, "bigIntegerSum", null, out -> out.writeObject(BigInteger.ZERO));
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
        return aggregator(MAX, "max", required(attribute), out -> out.writeObject(null));
    }

    /**
     * The largest of comparable values; null over no entries.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @param <R> the attribute's type
     * @return the aggregator
     */
    public static <I, R extends Comparable<? super R>> Aggregator<I, R> max() {
        return aggregator(MAX, "max", null, out -> out.writeObject(null));
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
        return aggregator(MIN, "min", required(attribute), out -> out.writeObject(null));
    }

    /**
     * The smallest of comparable values; null over no entries.
     * Reads the values themselves (of a map: each entry's value).
     *
     * @param <I> the type of the values
     * @param <R> the attribute's type
     * @return the aggregator
     */
    public static <I, R extends Comparable<? super R>> Aggregator<I, R> min() {
        return aggregator(MIN, "min", null, out -> out.writeObject(null));
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
        return aggregator(MAX_BY, "maxBy", required(attribute), Aggregators::valueAndEntry);
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
        return aggregator(MIN_BY, "minBy", required(attribute), Aggregators::valueAndEntry);
    }

    /** Writes the attribute (null: the values themselves), then the empty state the members start from. */
    private static <I, R> Aggregator<I, R> aggregator(int classId, String name, String attribute,
                                                      Consumer<ObjectDataOutput> emptyState) {
        return new BuiltInAggregator<>(classId, out -> {
            out.writeString(attribute);
            emptyState.accept(out);
        }, name + "(" + (attribute == null ? "" : attribute) + ")");
    }

    private static String required(String attribute) {
        return Predicates.notBlank(attribute, "attribute");
    }

    private static void sumAndCount(ObjectDataOutput out) {
        out.writeLong(0); // the sum's bits: 0 and 0.0 are the same zeros
        out.writeLong(0);
    }

    private static void sumAndCount(ObjectDataOutput out, Object zero) {
        out.writeObject(zero);
        out.writeLong(0);
    }

    private static void valueAndEntry(ObjectDataOutput out) {
        out.writeObject(null);
        out.writeObject(null);
    }
}
