package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.config.SerializationConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.stream.Stream;

import static io.hzclient.internal.serialization.BuiltInBytesTest.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Big numbers, dates, entries, Class, Object[], Optional and collections: the member's bytes, both ways. */
class JavaTypesBytesTest {
    private final DefaultSerializationService ours = new DefaultSerializationService(SerializationConfig.defaults());

    static Stream<Arguments> values() {
        return Stream.<Object>of(
                BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(-129), new BigInteger("123456789012345678901234567890"),
                BigDecimal.ZERO, new BigDecimal("-3.14159"), new BigDecimal("1E+10"), new BigDecimal("12345678901234567890.0001"),
                new Date(0), new Date(1_700_000_000_123L),
                LocalDate.of(2024, 2, 29), LocalDate.of(-5, 1, 1), LocalTime.of(23, 59, 59, 999_999_999), LocalTime.MIDNIGHT,
                LocalDateTime.of(2026, 11, 27, 23, 59, 40, 123), OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 6, ZoneOffset.ofHoursMinutes(5, 30)),
                String.class, int.class, Map.class,
                new Object[0], new Object[]{1, "two", null, 3L, new int[]{4}},
                Optional.empty(), Optional.of("x"),
                new AbstractMap.SimpleEntry<>("k", 1), new AbstractMap.SimpleImmutableEntry<>(2L, "v"),
                new ArrayList<>(List.of(1, "a", 2.5)), new ArrayList<>(), new LinkedList<>(List.of("x", "y")),
                new CopyOnWriteArrayList<>(List.of(UUID.randomUUID())),
                new HashSet<>(List.of(1, 2, 3)), new LinkedHashSet<>(List.of("b", "a")), new TreeSet<>(List.of(3, 1, 2)),
                new CopyOnWriteArraySet<>(List.of("z")), new ConcurrentSkipListSet<>(List.of("q", "p")),
                new ArrayDeque<>(List.of(1, 2)), new LinkedBlockingQueue<>(List.of(1)), new ArrayBlockingQueue<>(2, false, List.of(5, 6)),
                new PriorityBlockingQueue<>(List.of(3, 1)), new PriorityQueue<>(List.of(9, 8)), new LinkedTransferQueue<>(List.of("t")),
                new HashMap<>(Map.of("a", 1, "b", 2)), new LinkedHashMap<>(Map.of(1, new ArrayList<>())), new ConcurrentHashMap<>(Map.of(1L, "x")),
                new TreeMap<>(Map.of("x", new ArrayList<>(List.of(1)), "y", new HashMap<>())), new ConcurrentSkipListMap<>(Map.of(1, 2)))
                .map(v -> Arguments.of(new Object[]{v}));
    }

    @ParameterizedTest
    @MethodSource("values")
    void writesTheMembersBytes(Object value) {
        Data data = ours.toData(value);

        assertThat(hex(data.toByteArray())).isEqualTo(hex(MemberSerialization.bytes(value)));
        assertThat(data.partitionHash()).isEqualTo(MemberSerialization.partitionHash(value));
    }

    @ParameterizedTest
    @MethodSource("values")
    void readsWhatTheMemberWroteAsTheSameType(Object value) {
        Object back = ours.toObject(Data.of(MemberSerialization.bytes(value)));

        assertThat(back).isExactlyInstanceOf(value.getClass());
        assertThat(hex(ours.toData(back).toByteArray())).isEqualTo(hex(MemberSerialization.bytes(value)));
    }

    @Test
    void otherJdkCollectionsGoAsTheNearestBuiltInAndTheMemberReadsThem() {
        Map<Object, Object> expected = new LinkedHashMap<>();
        expected.put("b", 1);
        expected.put("a", 2);
        assertReadByMember(List.of(1, 2, 3), new ArrayList<>(List.of(1, 2, 3)));
        assertReadByMember(Collections.unmodifiableList(new LinkedList<>(List.of("x"))), new ArrayList<>(List.of("x")));
        assertReadByMember(Set.of(7), new LinkedHashSet<>(Set.of(7)));
        assertReadByMember(Collections.unmodifiableMap(expected), expected);
        assertReadByMember(Collections.unmodifiableSortedSet(new TreeSet<>(List.of(2, 1))), new TreeSet<>(List.of(1, 2)));
        assertReadByMember(Map.entry("k", 1), new AbstractMap.SimpleImmutableEntry<>("k", 1));
        Collection<Object> back = ours.toObject(ours.toData(List.of("p", "q")));
        assertThat(back).isExactlyInstanceOf(ArrayList.class).containsExactly("p", "q");
    }

    private void assertReadByMember(Object value, Object expected) {
        Object read = MemberSerialization.read(ours.toData(value).toByteArray());
        assertThat(read).isEqualTo(expected).isExactlyInstanceOf(expected.getClass());
    }

    @Test
    void badDatesAndNumbersFailWithTheTypeId() {
        byte[] badDate = MemberSerialization.bytes(LocalDate.of(2024, 1, 1));
        badDate[8 + 4] = 13; // month 13

        assertThatThrownBy(() -> ours.toObject(Data.of(badDate)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("type id -51");
        byte[] emptyBigInteger = {0, 0, 0, 0, -1, -1, -1, -26, 0, 0, 0, 0};
        assertThatThrownBy(() -> ours.toObject(Data.of(emptyBigInteger)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("BigInteger");
    }

    @Test
    void aClassThatIsNotOnTheClasspathIsNamed() {
        byte[] bytes = MemberSerialization.bytes(String.class);
        byte[] renamed = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("java.lang.String", "java.lang.Strong").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ours.toObject(Data.of(renamed)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("java.lang.Strong");
    }
}
