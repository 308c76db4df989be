package io.hzclient.internal.protocol.conformance;

import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.Frame;
import io.hzclient.internal.protocol.conformance.FrameReader.Decoded;
import io.hzclient.internal.protocol.conformance.ProtocolDefinitions.Method;
import io.hzclient.internal.protocol.conformance.ProtocolDefinitions.Param;
import io.hzclient.internal.serialization.DefaultSerializationService;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The checker's own reading of the protocol, against the member's generated codecs (test-scope jar, a reference
 * for bytes only): for every request and response of the YAML, a message {@link FrameWriter} lays out is decoded by
 * the member's codec, encoded again by it, and must come back frame for frame, and {@link FrameReader} must read
 * the member's encoding as the values written. So FrameWriter and FrameReader, which judge our codecs, agree with
 * the member on every layout of the YAML, not only with each other.
 */
class WireLayoutReferenceTest {
    private static final String CODECS = "com.hazelcast.client.impl.protocol.codec.";
    /**
     * Messages whose values the member's objects do not keep as sent, so that its codec cannot give the same frames
     * back: not a layout question, and the layouts they use are all checked in other messages.
     */
    private static final Map<String, String> MEMBER_CHANGES_VALUES = Map.ofEntries(
            Map.entry("Client.sendSchema", "replicatedMembers (Set_UUID) becomes a HashSet"),
            Map.entry("MC.getMapConfig", "a null IndexConfig name is replaced by a generated one"),
            Map.entry("Map.addIndex", "a null IndexConfig name is replaced by a generated one"),
            Map.entry("Map.entriesWithPagingPredicate", "PagingPredicateHolder keeps partitionKeysData as a Set and"
                    + " derives partitionKeyData from it"),
            Map.entry("Map.keySetWithPagingPredicate", "as Map.entriesWithPagingPredicate"),
            Map.entry("Map.valuesWithPagingPredicate", "as Map.entriesWithPagingPredicate"),
            Map.entry("VectorCollection.searchNearVector", "its codec encodes other types than it decodes"),
            Map.entry("Sql.execute", "SqlPage is hand-coded, not in the YAML"),
            Map.entry("Sql.fetch", "SqlPage is hand-coded, not in the YAML"));

    private static final Param VECTOR = new Param("vector", "VectorPair", false, "2.9");
    private static final List<String> ENUM_IDS = List.of("ListenerConfigHolder.listenerType", "IndexConfig.type",
            "BitmapIndexOptions.uniqueKeyTransformation", "DurationConfig.timeUnit",
            "TimedExpiryPolicyFactoryConfig.expiryPolicyType", "ClientBwListEntry.type",
            "SqlColumnMetadata.type", "Capacity.unit", "JobAndSqlSummary.status",
            "WanBatchPublisherConfigHolder.initialPublisherState", "WanBatchPublisherConfigHolder.queueFullBehavior",
            "WanBatchPublisherConfigHolder.acknowledgeType", "WanSyncConfig.consistencyCheckStrategy",
            "VectorIndexConfig.metric", "VectorPair.type", "PagingPredicateHolder.iterationTypeId",
            "ResourceDefinition.resourceType");

    @Test
    void frameWriterAndReaderAgreeWithTheMembersCodecsOnEveryMessage() {
        Path dir = ProtocolDefinitions.location();
        assumeTrue(ProtocolDefinitions.presentAt(dir), "no protocol definitions at " + dir
                + " (set -D" + ProtocolDefinitions.DIR_PROPERTY + "=<folder>): the layouts are not checked");
        ProtocolDefinitions defs = ProtocolDefinitions.load(dir);
        SampleValues samples = SampleValues.forProtocol(
                new DefaultSerializationService(SerializationConfig.defaults()), defs)
                // the member resolves an Address's host
                .fieldSample("Address.host", s -> "127.0.0." + (1 + s.nextInt() % 250));
        // the member turns these ids into enums, refusing ids it does not know, and checks a few ranges
        ENUM_IDS.forEach(field -> samples.fieldSample(field, s -> s.nextInt() % 2));
        samples.fieldSample("VectorPair.type", s -> 0);
        // the member keeps a document's vectors in a map by name, and requires each vector
        samples.fieldSample("VectorDocument.vectors", s -> List.of(s.wire(VECTOR)));
        samples.fieldSample("VectorPair.vector", s -> List.of(s.nextInt() + 0.5f, s.nextInt() + 0.5f));
        samples.fieldSample("EndpointQualifier.type", s -> 2); // WAN: the member drops the identifier of others
        samples.fieldSample("MerkleTreeConfig.depth", s -> 2 + s.nextInt() % 26);

        int checked = 0;
        Map<String, String> failures = new TreeMap<>();
        for (Method m : defs.methods()) {
            Class<?> codec;
            try {
                codec = Class.forName(CODECS + m.service() + Character.toUpperCase(m.name().charAt(0))
                        + m.name().substring(1) + "Codec");
            } catch (ClassNotFoundException e) {
                failures.put(m.toString(), "the member has no codec " + e.getMessage());
                continue;
            }
            for (boolean nulls : List.of(false, true)) {
                try {
                    roundTrip(defs, codec, "Request", m.requestType(), ClientMessage.REQUEST_HEADER_SIZE, m.request(),
                            samples.nulls(nulls).wire(m.request()));
                    roundTrip(defs, codec, "Response", m.responseType(), ClientMessage.RESPONSE_HEADER_SIZE,
                            m.response(), samples.nulls(nulls).wire(m.response()));
                } catch (AssertionError | ReflectiveOperationException | RuntimeException e) {
                    failures.put(m + (nulls ? " with nulls" : ""), String.valueOf(e instanceof
                            InvocationTargetException ite ? ite.getCause() : e));
                }
            }
            checked++;
        }

        failures.forEach((m, failure) -> System.out.println(m + ": " + failure));
        Set<String> changedByMember = new TreeSet<>();
        for (String m : List.copyOf(failures.keySet())) {
            String name = m.substring(0, m.indexOf(' '));
            if (MEMBER_CHANGES_VALUES.containsKey(name)) {
                changedByMember.add(name);
                failures.remove(m);
            }
        }
        assertThat(changedByMember).as("messages listed as changed by the member")
                .containsExactlyInAnyOrderElementsOf(MEMBER_CHANGES_VALUES.keySet());
        assertThat(failures).as("messages whose layout the member's codecs read otherwise").isEmpty();
        assertThat(checked).isEqualTo(defs.methodCount());
    }

    /** Ours -> member's decode -> member's encode -> the same frames, read back as the same values. */
    private static void roundTrip(ProtocolDefinitions defs, Class<?> codec, String kind, int type, int header,
                                  List<Param> params, List<Object> values) throws ReflectiveOperationException {
        ClientMessage ours = kind.equals("Request") ? FrameWriter.request(type, params, values, defs)
                : FrameWriter.response(type, params, values, defs);
        Object[] arguments = new Object[params.size()];
        if (!params.isEmpty()) { // the member's codec has no decoder for a message without params
            Object decoded = method(codec, "decode" + kind).invoke(null, toMember(ours));
            for (int i = 0; i < params.size(); i++) {
                boolean single = params.size() == 1 && (decoded == null
                        || !decoded.getClass().getSimpleName().endsWith("Parameters"));
                arguments[i] = single ? decoded : decoded.getClass().getField(params.get(i).name()).get(decoded);
            }
        }
        ClientMessage theirs = fromMember(method(codec, "encode" + kind).invoke(null, arguments));

        assertThat(theirs.frameCount()).as(kind + " frames").isEqualTo(ours.frameCount());
        for (int i = 0; i < ours.frameCount(); i++) {
            assertThat(theirs.flags(i)).as(kind + " flags of frame " + i).isEqualTo(ours.flags(i));
            assertThat(theirs.content(i)).as(kind + " frame " + i).isEqualTo(ours.content(i));
        }
        List<Decoded> read = FrameReader.read(theirs, header, params, defs);
        for (int i = 0; i < params.size(); i++) {
            Object value = read.get(i).value();
            assertThat(ConformanceChecker.same(values.get(i), value))
                    .as("%s field '%s' read back as %s, written as %s", kind, params.get(i).name(),
                            ConformanceChecker.show(value), ConformanceChecker.show(values.get(i)))
                    .isTrue();
        }
    }

    private static java.lang.reflect.Method method(Class<?> codec, String name) {
        return Arrays.stream(codec.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(codec.getSimpleName() + " has no " + name));
    }

    private static com.hazelcast.client.impl.protocol.ClientMessage toMember(ClientMessage ours) {
        com.hazelcast.client.impl.protocol.ClientMessage message =
                com.hazelcast.client.impl.protocol.ClientMessage.createForEncode();
        for (int i = 0; i < ours.frameCount(); i++) {
            message.add(new com.hazelcast.client.impl.protocol.ClientMessage.Frame(ours.content(i), ours.flags(i)));
        }
        return message;
    }

    private static ClientMessage fromMember(Object encoded) {
        List<Frame> frames = new ArrayList<>();
        var message = (com.hazelcast.client.impl.protocol.ClientMessage) encoded;
        for (var f = message.getStartFrame(); f != null; f = f.next) {
            frames.add(new Frame(f.content, f.flags));
        }
        return new ClientMessage(frames);
    }
}
