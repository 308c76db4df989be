package io.hzclient.internal.serialization;

import io.hzclient.JsonValue;
import io.hzclient.SerializationException;
import io.hzclient.config.SerializationConfig;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Truncated, mutated and random bytes: every reader either returns a value or throws SerializationException,
 * never another exception, never a hang, never an allocation the bytes cannot back.
 */
class FuzzReadersTest {
    private final DefaultSerializationService service = new DefaultSerializationService(SerializationConfig.builder()
            .portableFactory(PortableTest.FACTORY, id -> switch (id) {
                case PortableTest.PERSON -> new PortableTest.Person();
                case PortableTest.ADDRESS -> new PortableTest.Address();
                default -> null;
            })
            .dataSerializableFactory(IdentifiedAndCustomTest.FACTORY, id -> switch (id) {
                case IdentifiedAndCustomTest.EMPLOYEE -> new IdentifiedAndCustomTest.Employee();
                case IdentifiedAndCustomTest.ADDRESS -> new IdentifiedAndCustomTest.Address();
                default -> null;
            }).build());

    private List<byte[]> seeds() {
        List<Object> values = new ArrayList<>(List.of("héllo", 42, 7L, 1.5d, new int[]{1, 2, 3}, new String[]{"a", null},
                UUID.randomUUID(), JsonValue.of("{\"a\":1}"), new BigInteger("123456789012345678901234567890"),
                new BigDecimal("3.14"), LocalDate.of(2020, 2, 2), LocalDateTime.of(2020, 1, 1, 1, 1),
                OffsetDateTime.parse("2020-01-01T00:00:00+02:00"), new ArrayList<>(List.of("x", 1, List.of(2))),
                new HashMap<>(Map.of("k", "v")), new TreeMap<>(Map.of(1, 2)), Optional.of("o"),
                new Object[]{1, "2"}, new IdentifiedAndCustomTest.Employee("E", 1,
                        new IdentifiedAndCustomTest.Address("s", 2), List.of("t"))));
        values.add(CompactTest.everything("compact " + "x".repeat(300)));
        values.add(new CompactTest.Inner("inner", 3));
        values.add(PortableTest.person());
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(new com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder()
                .setSchemaService(new SharedSchemaRegistry()).build()
                .toDataWithSchema(new CompactTest.Inner("with schema", 1)).toByteArray());
        for (Object v : values) {
            seeds.add(service.toData(v).toByteArray());
        }
        return seeds;
    }

    private void readMustBehave(byte[] bytes) {
        try {
            service.toObject(Data.of(bytes));
        } catch (SerializationException expected) {
            // a clear failure is fine
        } catch (Throwable t) {
            fail("reading " + Arrays.toString(Arrays.copyOf(bytes, Math.min(bytes.length, 40))) + " threw " + t, t);
        }
    }

    @Test
    void everyTruncationFailsCleanly() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (byte[] seed : seeds()) {
                for (int length = Data.HEADER_SIZE; length < seed.length; length++) {
                    readMustBehave(Arrays.copyOf(seed, length));
                }
            }
        });
    }

    @Test
    void randomMutationsFailCleanly() {
        Random random = new Random(42);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (byte[] seed : seeds()) {
                for (int i = 0; i < 1500; i++) {
                    byte[] mutated = seed.clone();
                    int flips = 1 + random.nextInt(4);
                    for (int f = 0; f < flips && mutated.length > Data.HEADER_SIZE; f++) {
                        int at = Data.HEADER_SIZE + random.nextInt(mutated.length - Data.HEADER_SIZE);
                        mutated[at] = (byte) (random.nextInt(4) == 0 ? 0xFF : random.nextInt(256));
                    }
                    readMustBehave(mutated);
                }
            }
        });
    }

    @Test
    void randomPayloadsUnderEveryTypeIdFailCleanly() {
        Random random = new Random(7);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int typeId = 0; typeId >= -140; typeId--) {
                for (int i = 0; i < 200; i++) {
                    byte[] bytes = new byte[Data.HEADER_SIZE + random.nextInt(64)];
                    random.nextBytes(bytes);
                    Bytes.putInt(bytes, Data.TYPE_OFFSET, typeId, true);
                    readMustBehave(bytes);
                }
            }
        });
    }

    @Test
    void forgedLengthsAreRefusedBeforeAllocating() {
        byte[] hugeString = {0, 0, 0, 0, -1, -1, -1, -11, 0x7F, -1, -1, -1, 'a'};
        byte[] hugeList = {0, 0, 0, 0, -1, -1, -1, -29, 0x7F, -1, -1, -1};
        byte[] hugeLongArray = {0, 0, 0, 0, -1, -1, -1, -17, 0x10, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8};

        for (byte[] forged : List.of(hugeString, hugeList, hugeLongArray)) {
            assertThatThrownBy(() -> service.toObject(Data.of(forged)))
                    .isInstanceOf(SerializationException.class).hasMessageContaining("remain");
        }
    }

    @Test
    void deepNestingFailsInsteadOfOverflowingTheStack() {
        // Optional(present, Optional(present, ...)) 10 000 levels deep: 5 bytes a level
        byte[] nested = new byte[Data.HEADER_SIZE + 5 * 10_000];
        Bytes.putInt(nested, Data.TYPE_OFFSET, TypeIds.OPTIONAL, true);
        for (int i = 0, at = Data.HEADER_SIZE; i < 9_999; i++, at += 5) {
            nested[at] = 1;
            Bytes.putInt(nested, at + 1, TypeIds.OPTIONAL, true);
        }

        assertThatThrownBy(() -> service.toObject(Data.of(nested)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("nested deeper");
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);
        assertThatThrownBy(() -> service.toData(cycle))
                .isInstanceOf(SerializationException.class).hasMessageContaining("cycle");
    }
}
