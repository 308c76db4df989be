package io.hzclient.internal.serialization;

import com.hazelcast.core.HazelcastJsonValue;
import io.hzclient.JsonValue;
import io.hzclient.config.SerializationConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Our bytes for every built-in type must equal the member's, and so must the partition hash. */
class BuiltInBytesTest {
    private final DefaultSerializationService ours = new DefaultSerializationService(SerializationConfig.defaults());

    static Stream<Arguments> values() {
        return Stream.<Object>of(
                "", "key1", "a", "héllo wörld", "日本語のテキスト", "emoji 😀 and 𝄞", "\uD83D", "x\uDC00y", "\uDBFF\uDFFF",
                "a".repeat(1000), "ß".repeat(300),
                true, false,
                (byte) 0, (byte) -1, Byte.MAX_VALUE, Byte.MIN_VALUE,
                (short) 0, (short) -2, Short.MAX_VALUE, Short.MIN_VALUE,
                'a', 'é', '\uFFFF', '\u0000',
                0, 54, -1, Integer.MAX_VALUE, Integer.MIN_VALUE,
                0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE,
                0.0f, -0.0f, 1.5f, Float.NaN, Float.MAX_VALUE, Float.NEGATIVE_INFINITY,
                0.0d, -0.0d, Math.PI, Double.NaN, Double.MIN_VALUE, Double.POSITIVE_INFINITY,
                new byte[0], new byte[]{1, 2, 3, -128, 127},
                new boolean[0], new boolean[]{true, false, true},
                new char[0], new char[]{'a', 'ü', '\uD83D'},
                new short[0], new short[]{1, -1, Short.MIN_VALUE},
                new int[0], new int[]{1, -1, Integer.MAX_VALUE},
                new long[0], new long[]{1, -1, Long.MIN_VALUE},
                new float[0], new float[]{1.5f, Float.NaN},
                new double[0], new double[]{2.5, Double.NEGATIVE_INFINITY},
                new String[0], new String[]{"a", "", null, "ü😀"},
                // larger than the pooled buffer's first size: the output must grow without losing bytes
                new String[]{"x".repeat(300), "ü".repeat(70_000)}, new byte[100_000], new long[5000],
                new UUID(0, 0), new UUID(-1, 1), UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))
                .map(v -> Arguments.of(new Object[]{v})); // an array value must stay one argument
    }

    @ParameterizedTest
    @MethodSource("values")
    void writesTheSameBytesAndHashAsTheMember(Object value) {
        Data data = ours.toData(value);

        assertThat(hex(data.toByteArray())).isEqualTo(hex(MemberSerialization.bytes(value)));
        assertThat(data.partitionHash()).isEqualTo(MemberSerialization.partitionHash(value));
    }

    @ParameterizedTest
    @MethodSource("values")
    void readsWhatTheMemberWrote(Object value) {
        byte[] memberBytes = MemberSerialization.bytes(value);
        Object back = ours.toObject(Data.of(memberBytes));

        assertThat(back).isExactlyInstanceOf(value.getClass());
        assertThat(Objects.deepEquals(back, MemberSerialization.read(memberBytes))).as("equal to the member's read").isTrue();
    }

    @Test
    void jsonValueMatchesTheMembersHazelcastJsonValue() {
        for (String json : new String[]{"{}", "{\"name\":\"Zoë\",\"age\":3}", "[1,2,3]", ""}) {
            Data data = ours.toData(JsonValue.of(json));

            assertThat(hex(data.toByteArray())).isEqualTo(hex(MemberSerialization.bytes(new HazelcastJsonValue(json))));
            assertThat(data.type()).isEqualTo(-130);
            HazelcastJsonValue read = MemberSerialization.read(data.toByteArray());
            assertThat(read.getValue()).isEqualTo(json);
            assertThat((Object) ours.toObject(data)).isEqualTo(JsonValue.of(json));
        }
    }

    @Test
    void matchesTheProtocolTestVectors() {
        assertThat(hex(ours.toData("key1").toByteArray())).isEqualTo("00000000fffffff5000000046b657931");
        assertThat(ours.toData("key1").partitionHash()).isEqualTo(1754812034);
        assertThat(hex(ours.toData(54).toByteArray())).isEqualTo("00000000fffffff900000036");
        assertThat(ours.toData(54).partitionHash()).isEqualTo(641663468);
        assertThat(hex(ours.toData(1L).toByteArray())).isEqualTo("00000000fffffff80000000000000001");
        assertThat(ours.toData(1L).partitionHash()).isEqualTo(1824103549);
    }

    @Test
    void nullStaysNullBothWays() {
        assertThat(ours.toData(null)).isNull();
        assertThat((Object) ours.toObject(null)).isNull();
        assertThat((Object) ours.toObject(Data.of(new byte[8]))).isNull(); // type id 0: the member's null
    }

    @Test
    void dataPassesThroughUnchanged() {
        Data data = ours.toData("x");

        assertThat(ours.toData(data)).isSameAs(data);
        assertThat((Object) ours.toObject("not data")).isEqualTo("not data");
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
