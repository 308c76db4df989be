package io.hzclient.internal.query;

import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.serialization.DefaultSerializationService;
import io.hzclient.query.Predicate;
import io.hzclient.query.Predicates;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every predicate serializes to the bytes the member's own serialization makes of the official one. */
class PredicateBytesTest {
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

    private static Arguments pair(Predicate<?, ?> ours, com.hazelcast.query.Predicate<?, ?> official) {
        return Arguments.of(ours, official);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void bytesAreTheOfficialClients(Predicate<?, ?> predicate, com.hazelcast.query.Predicate<?, ?> official) {
        assertThat(ours.toData(predicate).toByteArray()).isEqualTo(MEMBER.toData(official).toByteArray());
    }
}
