package io.hzclient.internal.query;

import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.serialization.DefaultSerializationService;
import io.hzclient.query.Aggregators;
import io.hzclient.query.Predicates;
import io.hzclient.query.Projections;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every predicate, aggregator and projection serializes to the bytes the member's own serialization makes of the
 * official one.
 */
class QueryObjectBytesTest {
    private static final InternalSerializationService MEMBER = new DefaultSerializationServiceBuilder().build();
    private final DefaultSerializationService ours = new DefaultSerializationService(SerializationConfig.defaults());

    static Stream<Arguments> pairs() {
        return Stream.of(
                pair(Predicates.sql("active AND age < 30"), com.hazelcast.query.Predicates.sql("active AND age < 30")),
                pair(Predicates.equal("name", "Ana"), com.hazelcast.query.Predicates.equal("name", "Ana")),
                pair(Predicates.equal("name", null), com.hazelcast.query.Predicates.equal("name", null)),
                pair(Predicates.notEqual("age", 3), com.hazelcast.query.Predicates.notEqual("age", 3)),
                pair(Predicates.greaterThan("age", 30), com.hazelcast.query.Predicates.greaterThan("age", 30)),
                pair(Predicates.greaterEqual("age", 30L), com.hazelcast.query.Predicates.greaterEqual("age", 30L)),
                pair(Predicates.lessThan("salary", 2.5), com.hazelcast.query.Predicates.lessThan("salary", 2.5)),
                pair(Predicates.lessEqual("age", 30), com.hazelcast.query.Predicates.lessEqual("age", 30)),
                pair(Predicates.between("age", 20, 30), com.hazelcast.query.Predicates.between("age", 20, 30)),
                pair(Predicates.in("city", "Paris", "Rome"), com.hazelcast.query.Predicates.in("city", "Paris", "Rome")),
                pair(Predicates.like("name", "J%"), com.hazelcast.query.Predicates.like("name", "J%")),
                pair(Predicates.ilike("name", "j%"), com.hazelcast.query.Predicates.ilike("name", "j%")),
                pair(Predicates.regex("name", "J.*"), com.hazelcast.query.Predicates.regex("name", "J.*")),
                pair(Predicates.instanceOf(String.class), com.hazelcast.query.Predicates.instanceOf(String.class)),
                pair(Predicates.and(Predicates.equal("a", 1), Predicates.greaterThan("b", 2)),
                        com.hazelcast.query.Predicates.and(com.hazelcast.query.Predicates.equal("a", 1),
                                com.hazelcast.query.Predicates.greaterThan("b", 2))),
                pair(Predicates.or(Predicates.equal("a", 1), Predicates.alwaysFalse()),
                        com.hazelcast.query.Predicates.or(com.hazelcast.query.Predicates.equal("a", 1),
                                com.hazelcast.query.Predicates.alwaysFalse())),
                pair(Predicates.not(Predicates.alwaysTrue()),
                        com.hazelcast.query.Predicates.not(com.hazelcast.query.Predicates.alwaysTrue())));
    }

    static Stream<Arguments> aggregatorsAndProjections() {
        return Stream.of(
                pair(Aggregators.count(), com.hazelcast.aggregation.Aggregators.count()),
                pair(Aggregators.count("a"), com.hazelcast.aggregation.Aggregators.count("a")),
                pair(Aggregators.distinct("a"), com.hazelcast.aggregation.Aggregators.distinct("a")),
                pair(Aggregators.doubleAvg("a"), com.hazelcast.aggregation.Aggregators.doubleAvg("a")),
                pair(Aggregators.doubleSum("a"), com.hazelcast.aggregation.Aggregators.doubleSum("a")),
                pair(Aggregators.integerAvg("a"), com.hazelcast.aggregation.Aggregators.integerAvg("a")),
                pair(Aggregators.integerSum("a"), com.hazelcast.aggregation.Aggregators.integerSum("a")),
                pair(Aggregators.longAvg("a"), com.hazelcast.aggregation.Aggregators.longAvg("a")),
                pair(Aggregators.longSum("a"), com.hazelcast.aggregation.Aggregators.longSum("a")),
                pair(Aggregators.numberAvg("a"), com.hazelcast.aggregation.Aggregators.numberAvg("a")),
                pair(Aggregators.fixedPointSum("a"), com.hazelcast.aggregation.Aggregators.fixedPointSum("a")),
                pair(Aggregators.floatingPointSum("a"),
                        com.hazelcast.aggregation.Aggregators.floatingPointSum("a")),
                pair(Aggregators.bigDecimalSum("a"), com.hazelcast.aggregation.Aggregators.bigDecimalSum("a")),
                pair(Aggregators.bigIntegerSum("a"), com.hazelcast.aggregation.Aggregators.bigIntegerSum("a")),
                pair(Aggregators.max("a"), com.hazelcast.aggregation.Aggregators.comparableMax("a")),
                pair(Aggregators.min("a"), com.hazelcast.aggregation.Aggregators.comparableMin("a")),
                pair(Aggregators.maxBy("a"), com.hazelcast.aggregation.Aggregators.maxBy("a")),
                pair(Aggregators.minBy("a"), com.hazelcast.aggregation.Aggregators.minBy("a")),
                pair(Aggregators.distinct(), com.hazelcast.aggregation.Aggregators.distinct()),
                pair(Aggregators.doubleAvg(), com.hazelcast.aggregation.Aggregators.doubleAvg()),
                pair(Aggregators.doubleSum(), com.hazelcast.aggregation.Aggregators.doubleSum()),
                pair(Aggregators.integerAvg(), com.hazelcast.aggregation.Aggregators.integerAvg()),
                pair(Aggregators.integerSum(), com.hazelcast.aggregation.Aggregators.integerSum()),
                pair(Aggregators.longAvg(), com.hazelcast.aggregation.Aggregators.longAvg()),
                pair(Aggregators.longSum(), com.hazelcast.aggregation.Aggregators.longSum()),
                pair(Aggregators.numberAvg(), com.hazelcast.aggregation.Aggregators.numberAvg()),
                pair(Aggregators.fixedPointSum(), com.hazelcast.aggregation.Aggregators.fixedPointSum()),
                pair(Aggregators.floatingPointSum(), com.hazelcast.aggregation.Aggregators.floatingPointSum()),
                pair(Aggregators.bigDecimalAvg(), com.hazelcast.aggregation.Aggregators.bigDecimalAvg()),
                pair(Aggregators.bigDecimalSum(), com.hazelcast.aggregation.Aggregators.bigDecimalSum()),
                pair(Aggregators.bigIntegerAvg(), com.hazelcast.aggregation.Aggregators.bigIntegerAvg()),
                pair(Aggregators.bigIntegerSum(), com.hazelcast.aggregation.Aggregators.bigIntegerSum()),
                pair(Aggregators.max(), com.hazelcast.aggregation.Aggregators.comparableMax()),
                pair(Aggregators.min(), com.hazelcast.aggregation.Aggregators.comparableMin()),
                pair(Aggregators.bigDecimalAvg("a"), com.hazelcast.aggregation.Aggregators.bigDecimalAvg("a")),
                pair(Aggregators.bigIntegerAvg("a"), com.hazelcast.aggregation.Aggregators.bigIntegerAvg("a")),
                pair(Predicates.partitionPredicate("k", Predicates.equal("a", 1)),
                        com.hazelcast.query.Predicates.partitionPredicate("k",
                                com.hazelcast.query.Predicates.equal("a", 1))),
                pair(Predicates.multiPartitionPredicate(new java.util.LinkedHashSet<>(List.of("k", "l")),
                                Predicates.alwaysTrue()),
                        com.hazelcast.query.Predicates.multiPartitionPredicate(
                                new java.util.LinkedHashSet<>(List.of("k", "l")),
                                com.hazelcast.query.Predicates.alwaysTrue())),
                pair(Projections.singleAttribute("a.b"), com.hazelcast.projection.Projections.singleAttribute("a.b")),
                pair(Projections.multiAttribute("a", "b"),
                        com.hazelcast.projection.Projections.multiAttribute("a", "b")),
                pair(Projections.identity(), com.hazelcast.projection.Projections.identity()));
    }

    private static Arguments pair(Object ours, Object official) {
        return Arguments.of(ours, official);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"pairs", "aggregatorsAndProjections"})
    void bytesAreTheOfficialClients(Object ours, Object official) {
        assertThat(this.ours.toData(ours).toByteArray()).isEqualTo(MEMBER.toData(official).toByteArray());
    }
}
