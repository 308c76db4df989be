package io.hzclient.internal.serialization;

import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import com.hazelcast.internal.serialization.impl.HeapData;
import com.hazelcast.internal.serialization.impl.compact.RabinFingerprint;
import io.hzclient.SerializationException;
import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.invocation.SchemaFetchingDecoder;
import io.hzclient.serialization.CompactReader;
import io.hzclient.serialization.CompactSerializer;
import io.hzclient.serialization.CompactWriter;
import io.hzclient.serialization.FieldKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.hzclient.internal.serialization.BuiltInBytesTest.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Compact against the member's own implementation: same schema ids, same bytes, both directions. */
class CompactTest {
    private final SharedSchemaRegistry registry = new SharedSchemaRegistry();
    private final DefaultSerializationService ours = service(SerializationConfig.defaults());
    private final InternalSerializationService member = memberService(new com.hazelcast.config.SerializationConfig());

    private DefaultSerializationService service(SerializationConfig config) {
        DefaultSerializationService s = new DefaultSerializationService(config);
        s.schemas().attach(registry);
        return s;
    }

    private InternalSerializationService memberService(com.hazelcast.config.SerializationConfig config) {
        return new DefaultSerializationServiceBuilder().setConfig(config).setSchemaService(registry).build();
    }

    /** Serializes as a call would: the schemas the data needs go to the "cluster" before the bytes are used. */
    private static byte[] written(DefaultSerializationService s, Object value) {
        byte[] bytes = s.toData(value).toByteArray();
        java.util.concurrent.CompletableFuture<Void> sent = s.schemas().sendWritten();
        if (sent != null) {
            sent.join();
        }
        return bytes;
    }

    /** Deserializes as a sync call does: an unknown schema is fetched, then the data read again. */
    private static <T> T read(DefaultSerializationService s, byte[] bytes) {
        return SchemaFetchingDecoder.decodeWaiting(s::toObject, Data.of(bytes));
    }

    enum Color { RED, GREEN }

    record Inner(String label, int n) {
    }

    record Everything(boolean b1, boolean b2, boolean b3, boolean b4, boolean b5, boolean b6, boolean b7, boolean b8,
                      boolean b9, byte i8, short i16, int i32, long i64, float f32, double f64, char ch,
                      Boolean nb, Byte ni8, Short ni16, Integer ni32, Long ni64, Float nf32, Double nf64, Character nch,
                      String text, BigDecimal decimal, LocalTime time, LocalDate date, LocalDateTime timestamp,
                      OffsetDateTime timestampTz, Color color, Inner inner, Inner noInner,
                      boolean[] bools, byte[] bytes, short[] shorts, int[] ints, long[] longs, float[] floats,
                      double[] doubles, char[] chars, Integer[] boxedInts, String[] texts, BigDecimal[] decimals,
                      LocalDate[] dates, Inner[] inners, Color[] colors, List<String> list, Set<Integer> set,
                      Map<String, Long> map, List<Inner> innerList) {
    }

    static Everything everything(String text) {
        return new Everything(true, false, true, true, false, false, true, false, true, (byte) -8, (short) 300,
                -70000, Long.MIN_VALUE, 1.5f, Math.E, 'ü',
                null, (byte) 1, null, 42, null, 2.5f, null, 'x',
                text, new BigDecimal("-12345.678"), LocalTime.of(1, 2, 3, 4), LocalDate.of(2026, 11, 28),
                LocalDateTime.of(2000, 1, 1, 0, 0), OffsetDateTime.of(2020, 2, 2, 2, 2, 2, 2, ZoneOffset.ofHours(-3)),
                Color.GREEN, new Inner("in", 7), null,
                new boolean[]{true, false, true, true, true, true, true, true, false, true}, new byte[]{1, 2},
                new short[]{3}, new int[]{4, 5}, new long[]{6}, new float[]{7f}, new double[]{8d}, new char[]{'a', 'b'},
                new Integer[]{1, null, 3}, new String[]{"x", null, "zz"}, new BigDecimal[]{BigDecimal.ONE},
                new LocalDate[]{LocalDate.MIN, null}, new Inner[]{new Inner("a", 1), null, new Inner("b", 2)},
                new Color[]{Color.RED}, List.of("l1", "l2"), Set.of(9), Map.of("k", 10L), List.of(new Inner("li", 3)));
    }

    @Test
    void zeroConfigRecordsHaveTheMembersBytesAndSchemaIds() {
        for (String text : new String[]{"short", "ü".repeat(200), "x".repeat(70_000)}) { // 1, 2 and 4-byte offsets
            Everything value = everything(text);

            byte[] ourBytes = written(ours, value);
            byte[] memberBytes = member.toData(value).toByteArray();

            assertThat(hex(ourBytes)).isEqualTo(hex(memberBytes));
            Everything readByMember = member.toObject(new HeapData(ourBytes));
            assertThat(readByMember).usingRecursiveComparison().isEqualTo(value);
            Everything readByUs = ours.toObject(Data.of(memberBytes));
            assertThat(readByUs).usingRecursiveComparison().isEqualTo(value);
        }
        assertThat(registry.schemas).hasSize(2); // Everything and Inner, sent once each
    }

    @Test
    void littleEndianCompactMatchesTheMemberConfiguredTheSameWay() {
        DefaultSerializationService le = service(SerializationConfig.builder()
                .byteOrder(java.nio.ByteOrder.LITTLE_ENDIAN).build());
        InternalSerializationService memberLe = new DefaultSerializationServiceBuilder()
                .setByteOrder(java.nio.ByteOrder.LITTLE_ENDIAN).setSchemaService(registry).build();
        Everything value = everything("le " + "y".repeat(300));

        assertThat(hex(le.toData(value).toByteArray())).isEqualTo(hex(memberLe.toData(value).toByteArray()));
        Everything back = le.toObject(le.toData(value));
        assertThat(back).usingRecursiveComparison().isEqualTo(value);
    }

    @Test
    void ourFingerprintIsTheMembers() {
        written(ours, everything("x"));

        for (var memberSchema : registry.schemas.values()) {
            Schema ourSchema = SharedSchemaRegistry.fromMember(memberSchema);
            assertThat(ourSchema.id()).isEqualTo(RabinFingerprint.fingerprint64(memberSchema))
                    .isEqualTo(memberSchema.getSchemaId());
        }
    }

    @Test
    void writingNeverSendsTheSchemaButNotesItForTheThreadsNextCallUntilTheClusterHasIt() {
        ours.toData(new Inner("a", 1));
        ours.toData(new Inner("b", 2));

        assertThat(registry.calls).isEmpty();
        assertThat(ours.schemas().sendWritten()).isCompleted();
        assertThat(registry.calls).containsExactly("send " + Inner.class.getName());

        ours.toData(new Inner("c", 3));
        assertThat(ours.schemas().sendWritten()).isNull();
        assertThat(registry.calls).hasSize(1);
    }

    @Test
    void aSchemaNotedOnOneThreadIsNotSentForAnother() throws Exception {
        ours.toData(new Inner("a", 1));
        Thread other = new Thread(() -> assertThat(ours.schemas().sendWritten()).isNull());
        other.start();
        other.join();

        assertThat(registry.calls).isEmpty();
    }

    @Test
    void aFailedSendFailsTheCallsWaitingAndTheNextCallSendsAgain() {
        FlakySchemaTransport flaky = new FlakySchemaTransport(registry);
        DefaultSerializationService s = new DefaultSerializationService(SerializationConfig.defaults());
        s.schemas().attach(flaky);
        s.toData(new Inner("a", 1));

        assertThatThrownBy(() -> s.schemas().sendWritten().join())
                .hasRootCauseMessage("member gone").hasMessageContaining(Inner.class.getName());
        assertThat(s.schemas().sendWritten()).isCompleted();
        assertThat(registry.calls).containsExactly("send " + Inner.class.getName());
    }

    /** Fails its first send, then passes every call to the registry. */
    private static final class FlakySchemaTransport implements SchemaTransport {
        private final SharedSchemaRegistry registry;
        private boolean failed;

        FlakySchemaTransport(SharedSchemaRegistry registry) {
            this.registry = registry;
        }

        public java.util.concurrent.CompletableFuture<Void> send(Schema schema) {
            if (!failed) {
                failed = true;
                return java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("member gone"));
            }
            return registry.send(schema);
        }

        public java.util.concurrent.CompletableFuture<Schema> fetch(long schemaId) {
            return registry.fetch(schemaId);
        }

        public java.util.concurrent.CompletableFuture<Void> sendAll(java.util.Collection<Schema> schemas) {
            return registry.sendAll(schemas);
        }
    }

    @Test
    void readingAnUnknownSchemaThrowsToBeFetchedThenReadsAndAMissingOneIsNamed() {
        byte[] memberBytes = member.toData(new Inner("m", 5)).toByteArray();
        DefaultSerializationService fresh = service(SerializationConfig.defaults());

        assertThatThrownBy(() -> fresh.toObject(Data.of(memberBytes))).isInstanceOf(UnknownSchemaException.class);
        assertThat(registry.calls).isEmpty();
        UnknownSchemaException unknown = catchUnknown(() -> fresh.toObject(Data.of(memberBytes)));
        unknown.fetch().join();
        Inner read = fresh.toObject(Data.of(memberBytes));

        assertThat(read).isEqualTo(new Inner("m", 5));
        assertThat(registry.calls).containsExactly("fetch " + unknown.schemaId());
        UnknownSchemaException neverWritten = new UnknownSchemaException(12345L, fresh.schemas());
        assertThatThrownBy(() -> neverWritten.fetch().join()).hasMessageContaining("does not know")
                .hasMessageContaining("12345");
        DefaultSerializationService detached = new DefaultSerializationService(SerializationConfig.defaults());
        assertThatThrownBy(() -> detached.toObject(Data.of(memberBytes)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("schema id");
    }

    private static UnknownSchemaException catchUnknown(Runnable read) {
        try {
            read.run();
        } catch (UnknownSchemaException e) {
            return e;
        }
        throw new AssertionError("expected an UnknownSchemaException");
    }

    @Test
    void compactWithItsSchemasInsideIsReadWithoutAskingTheCluster() {
        InternalSerializationService separateMember = new DefaultSerializationServiceBuilder()
                .setSchemaService(new SharedSchemaRegistry()).build();
        Everything value = everything("with schema");
        byte[] withSchema = separateMember.toDataWithSchema(value).toByteArray();
        DefaultSerializationService detached = new DefaultSerializationService(SerializationConfig.defaults());

        Everything read = detached.toObject(Data.of(withSchema));

        assertThat(Data.of(withSchema).type()).isEqualTo(TypeIds.COMPACT_WITH_SCHEMA);
        assertThat(read).usingRecursiveComparison().isEqualTo(value);
    }

    // ---- explicit serializers and schema evolution

    static final class PersonV1 {
        String name;
        int age;

        PersonV1(String name, int age) {
            this.name = name;
            this.age = age;
        }
    }

    static final class PersonV2 {
        String name;
        int age;
        String email;

        PersonV2(String name, int age, String email) {
            this.name = name;
            this.age = age;
            this.email = email;
        }
    }

    static final class PersonV1Serializer implements CompactSerializer<PersonV1> {
        public Class<PersonV1> getCompactClass() {
            return PersonV1.class;
        }

        public String getTypeName() {
            return "person";
        }

        public void write(CompactWriter w, PersonV1 p) {
            w.writeString("name", p.name);
            w.writeInt32("age", p.age);
        }

        public PersonV1 read(CompactReader r) {
            return new PersonV1(r.readString("name"), r.readInt32("age"));
        }
    }

    static final class PersonV2Serializer implements CompactSerializer<PersonV2> {
        public Class<PersonV2> getCompactClass() {
            return PersonV2.class;
        }

        public String getTypeName() {
            return "person";
        }

        public void write(CompactWriter w, PersonV2 p) {
            w.writeString("name", p.name);
            w.writeInt32("age", p.age);
            w.writeString("email", p.email);
        }

        public PersonV2 read(CompactReader r) {
            String email = r.getFieldKind("email") == FieldKind.STRING ? r.readString("email") : "unknown";
            return new PersonV2(r.readString("name"), r.readInt32("age"), email);
        }
    }

    static final class MemberPersonSerializer
            implements com.hazelcast.nio.serialization.compact.CompactSerializer<PersonV2> {
        public Class<PersonV2> getCompactClass() {
            return PersonV2.class;
        }

        public String getTypeName() {
            return "person";
        }

        public void write(com.hazelcast.nio.serialization.compact.CompactWriter w, PersonV2 p) {
            w.writeString("name", p.name);
            w.writeInt32("age", p.age);
            w.writeString("email", p.email);
        }

        public PersonV2 read(com.hazelcast.nio.serialization.compact.CompactReader r) {
            return new PersonV2(r.readString("name"), r.readInt32("age"), r.readString("email"));
        }
    }

    @Test
    void explicitSerializersMatchTheMembers() {
        DefaultSerializationService v2 = service(SerializationConfig.builder()
                .compactSerializer(new PersonV2Serializer()).build());
        com.hazelcast.config.SerializationConfig memberConfig = new com.hazelcast.config.SerializationConfig();
        memberConfig.getCompactSerializationConfig().addSerializer(new MemberPersonSerializer());
        InternalSerializationService memberV2 = memberService(memberConfig);
        PersonV2 p = new PersonV2("Ana", 30, "ana@example.com");

        assertThat(hex(written(v2, p))).isEqualTo(hex(memberV2.toData(p).toByteArray()));
        PersonV2 back = memberV2.toObject(new HeapData(written(v2, p)));
        assertThat(back.email).isEqualTo("ana@example.com");
    }

    @Test
    void aTypeNameWithoutClassReadsAsACompactRecordAndWritesBackTheSame() {
        com.hazelcast.config.SerializationConfig memberConfig = new com.hazelcast.config.SerializationConfig();
        memberConfig.getCompactSerializationConfig().addSerializer(new MemberPersonSerializer());
        InternalSerializationService memberV2 = memberService(memberConfig);
        byte[] memberBytes = memberV2.toData(new PersonV2("Ana", 30, null)).toByteArray();

        io.hzclient.serialization.CompactRecord record = read(ours, memberBytes);

        assertThat(record.typeName()).isEqualTo("person");
        assertThat(record.fieldNames()).containsExactlyInAnyOrder("name", "age", "email");
        assertThat(record.fieldKind("age")).isEqualTo(FieldKind.INT32);
        assertThat(record.get("name")).isEqualTo("Ana");
        assertThat(record.get("age")).isEqualTo(30);
        assertThat(record.get("email")).isNull();
        assertThat(hex(ours.toData(record).toByteArray())).isEqualTo(hex(memberBytes));
        assertThat(record.toString()).contains("name=Ana");
    }

    @Test
    void aNewerVersionReadsOlderDataAndTheOlderReadsNewer() {
        DefaultSerializationService v1 = service(SerializationConfig.builder()
                .compactSerializer(new PersonV1Serializer()).build());
        DefaultSerializationService v2 = service(SerializationConfig.builder()
                .compactSerializer(new PersonV2Serializer()).build());

        PersonV2 upgraded = read(v2, written(v1, new PersonV1("Old", 70)));
        PersonV1 downgraded = read(v1, written(v2, new PersonV2("New", 20, "n@x")));

        assertThat(upgraded.name).isEqualTo("Old");
        assertThat(upgraded.age).isEqualTo(70);
        assertThat(upgraded.email).isEqualTo("unknown");
        assertThat(downgraded.name).isEqualTo("New");
        assertThat(downgraded.age).isEqualTo(20);
    }

    record ZeroV1(String name, int age) {
    }

    @Test
    void zeroConfigKeepsDefaultsForFieldsTheDataLacks() {
        Schema v1 = new Schema(ZeroV1.class.getName(), List.of(SchemaField.of("name", FieldKind.STRING)));
        registry.send(v1);
        ByteArrayOutput out = new ByteArrayOutput(java.nio.ByteOrder.BIG_ENDIAN, (o, v) -> { }, 64);
        out.writeIntBigEndian(0);
        out.writeIntBigEndian(TypeIds.COMPACT);
        out.writeLong(v1.id());
        CompactBodyWriter writer = new CompactBodyWriter(null, out, v1);
        writer.writeString("name", "only a name");
        writer.end();

        ZeroV1 read = read(ours, out.toByteArray());

        assertThat(read).isEqualTo(new ZeroV1("only a name", 0));
    }

    @Test
    void readingAFieldWithTheWrongKindOrANullAsPrimitiveIsExplained() {
        record Holder(Integer maybe) {
        }
        DefaultSerializationService s = service(SerializationConfig.builder()
                .compactSerializer(new CompactSerializer<Holder>() {
                    public Class<Holder> getCompactClass() {
                        return Holder.class;
                    }

                    public String getTypeName() {
                        return "holder";
                    }

                    public void write(CompactWriter w, Holder h) {
                        w.writeNullableInt32("maybe", h.maybe());
                    }

                    public Holder read(CompactReader r) {
                        return new Holder(r.readInt32("maybe"));
                    }
                }).build());

        assertThat((Object) s.toObject(s.toData(new Holder(5)))).isEqualTo(new Holder(5));
        assertThatThrownBy(() -> s.toObject(s.toData(new Holder(null))))
                .isInstanceOf(SerializationException.class).hasMessageContaining("'maybe'").hasMessageContaining("null");
    }

    @Test
    void classesThatCannotBeZeroConfigAreNamed() {
        assertThatThrownBy(() -> ours.toData(new Object())).isInstanceOf(SerializationException.class)
                .hasMessageContaining("java.lang.Object");
        record WithNested(int[][] grid) {
        }
        assertThatThrownBy(() -> ours.toData(new WithNested(new int[][]{{1}})))
                .isInstanceOf(SerializationException.class).hasMessageContaining("grid");
        assertThat(Arrays.asList(1)).isNotEmpty();
    }
}
