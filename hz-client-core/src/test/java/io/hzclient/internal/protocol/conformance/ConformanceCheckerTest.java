package io.hzclient.internal.protocol.conformance;

import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.map.MapCodec;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.protocol.conformance.ProtocolDefinitions.Method;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.DefaultSerializationService;
import io.hzclient.internal.serialization.SerializationService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The checker fails, naming the message and the field, on each kind of mistake a codec can make. */
class ConformanceCheckerTest {
    private static final int RESPONSE = ClientMessage.RESPONSE_HEADER_SIZE;
    private static final int MAP_GET = 0x010200;
    private static final int MAP_PUT = 0x010100;
    private static final int NEW_ID_BATCH = 0x1C0100;

    private static ProtocolDefinitions defs;
    private final SerializationService serialization = new DefaultSerializationService(SerializationConfig.defaults());
    private final ConformanceChecker checker = new ConformanceChecker(defs, serialization, Map.of());
    private final Data key = serialization.toData("key");
    private final Data value = serialization.toData("value");

    @BeforeAll
    static void loadDefinitions() {
        Path dir = ProtocolDefinitions.location();
        assumeTrue(ProtocolDefinitions.presentAt(dir), "no protocol definitions at " + dir
                + " (set -D" + ProtocolDefinitions.DIR_PROPERTY + "=<folder>): the checker is not tested");
        defs = ProtocolDefinitions.load(dir);
    }

    // ---- requests

    @Test
    void aRequestAsTheProtocolSaysPasses() {
        ClientMessage get = MessageWriter.request(MAP_GET).retryable().fixLong(1001).string("m").data(key).build();

        assertThat(checker.checkRequest(get, getArguments()).toString()).isEqualTo("Map.get (0x010200)");
    }

    @Test
    void anIdThatIsNoRequestFails() {
        ClientMessage unknown = MessageWriter.request(0x01FF00).retryable().fixLong(1001).string("m").data(key).build();

        assertFails(() -> checker.checkRequest(unknown, getArguments()), "0x01FF00 is no request of the protocol");
    }

    @Test
    void theIdOfAnotherMethodFailsOnItsFields() {
        // Map.get's fields under Map.containsValue's id (retryable too): name, value
        ClientMessage wrong = MessageWriter.request(0x010700).retryable().fixLong(1001).string("m").data(key).build();

        assertFails(() -> checker.checkRequest(wrong, getArguments()),
                "Map.containsValue (0x010700) request: 8 bytes left in the initial frame");
    }

    @Test
    void theIdOfAMethodOfTheSameLayoutFailsOnTheCodecMethodsName() {
        // Map.putTransient's request under Map.put's id: same fields, so only the name tells them apart
        ClientMessage wrong = MessageWriter.request(MAP_PUT).fixLong(1001).fixLong(1002).string("m").data(key)
                .data(value).build();
        Method method = checker.checkRequest(wrong, putArguments());

        assertFails(() -> checker.checkCodecMethodName(method, "putTransient"),
                "Map.put (0x010100) is built by the codec method 'putTransient'");
        checker.checkCodecMethodName(method, "put");
    }

    @Test
    void aWrongRetryableFlagFails() {
        ClientMessage notRetryable = MessageWriter.request(MAP_GET).fixLong(1001).string("m").data(key).build();
        ClientMessage retryablePut = MessageWriter.request(MAP_PUT).retryable().fixLong(1001).fixLong(1002)
                .string("m").data(key).data(value).build();

        assertFails(() -> checker.checkRequest(notRetryable, getArguments()),
                "Map.get (0x010200) request: retryable is false but the protocol says true");
        assertFails(() -> checker.checkRequest(retryablePut, putArguments()),
                "Map.put (0x010100) request: retryable is true but the protocol says false");
    }

    @Test
    void twoSwappedFieldsOfTheSameTypeFail() {
        ClientMessage swappedData = MessageWriter.request(MAP_PUT).fixLong(1001).fixLong(1002).string("m")
                .data(value).data(key).build();
        ClientMessage swappedLongs = MessageWriter.request(MAP_PUT).fixLong(1002).fixLong(1001).string("m")
                .data(key).data(value).build();

        assertFails(() -> checker.checkRequest(swappedData, putArguments()),
                "Map.put (0x010100) request: field 'key' (Data) is bytes[");
        assertFails(() -> checker.checkRequest(swappedLongs, putArguments()),
                "Map.put (0x010100) request: field 'threadId' (long) is 1002 on the wire but the argument is 1001");
    }

    @Test
    void aMissingOrExtraFieldFails() {
        ClientMessage noKey = MessageWriter.request(MAP_GET).retryable().fixLong(1001).string("m").build();
        ClientMessage noThreadId = MessageWriter.request(MAP_GET).retryable().string("m").data(key).build();
        ClientMessage extraFrame = MessageWriter.request(MAP_GET).retryable().fixLong(1001).string("m").data(key)
                .string("more").build();
        ClientMessage extraFixed = MessageWriter.request(MAP_GET).retryable().fixLong(1001).fixInt(7).string("m")
                .data(key).build();

        assertFails(() -> checker.checkRequest(noKey, getArguments()),
                "Map.get (0x010200) request: field 'key' (Data): expected a Data at frame 2, but the message has only"
                        + " 2 frames");
        assertFails(() -> checker.checkRequest(noThreadId, getArguments()),
                "Map.get (0x010200) request: field 'threadId' (long): needs 8 bytes at offset 16");
        assertFails(() -> checker.checkRequest(extraFrame, getArguments()),
                "Map.get (0x010200) request: 1 frame(s) left over after the last field");
        assertFails(() -> checker.checkRequest(extraFixed, getArguments()),
                "Map.get (0x010200) request: 4 bytes left in the initial frame");
    }

    @Test
    void anArgumentThatIsNoFieldFails() {
        ClientMessage get = MessageWriter.request(MAP_GET).retryable().fixLong(1001).string("m").data(key).build();
        Map<String, Object> arguments = getArguments();
        arguments.put("ttl", 1002L);

        assertFails(() -> checker.checkRequest(get, arguments),
                "Map.get (0x010200) request: argument(s) [ttl] match no field of the protocol");
    }

    @Test
    void aNullFrameForAFieldThatIsNotNullableFails() {
        ClientMessage nullKey = MessageWriter.request(MAP_GET).retryable().fixLong(1001).string("m").nullFrame()
                .build();

        assertFails(() -> checker.checkRequest(nullKey, getArguments()),
                "field 'key' (Data): a NULL frame (frame 2) but the field is not nullable");
    }

    @Test
    void bindingsMapFieldsToArgumentsOfOtherNamesAndToConstants() {
        ConformanceChecker bound = new ConformanceChecker(defs, serialization, Map.of("Map.get", Map.of(
                "key", ConformanceChecker.Binding.named("k"),
                "threadId", ConformanceChecker.Binding.constant(1001L))));
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("name", "m");
        arguments.put("k", key);

        bound.checkRequest(MessageWriter.request(MAP_GET).retryable().fixLong(1001).string("m").data(key).build(),
                arguments);
        assertFails(() -> bound.checkRequest(MessageWriter.request(MAP_GET).retryable().fixLong(5).string("m")
                .data(key).build(), arguments), "field 'threadId' (long) is 5 on the wire but the argument is 1001");
    }

    // ---- responses and events

    /** FlakeIdGenerator.newIdBatch's response: base long@13, increment long@21, batchSize int@29. */
    record IdBatch(long base, long increment, int batchSize) {
    }

    @Test
    void aDecoderAsTheProtocolSaysPasses() {
        checker.checkResponse(defs.method(NEW_ID_BATCH), response -> {
            MessageReader r = new MessageReader(response);
            return new IdBatch(r.fixLong(RESPONSE), r.fixLong(RESPONSE + 8), r.fixInt(RESPONSE + 16));
        }, samples());
        checker.checkResponse(defs.method(MAP_GET), MapCodec::nullableDataResponse, samples());
    }

    @Test
    void aDecoderThatSwapsTwoFieldsFails() {
        Function<ClientMessage, IdBatch> swapped = response -> {
            MessageReader r = new MessageReader(response);
            return new IdBatch(r.fixLong(RESPONSE + 8), r.fixLong(RESPONSE), r.fixInt(RESPONSE + 16));
        };

        assertFails(() -> checker.checkResponse(defs.method(NEW_ID_BATCH), swapped, samples()),
                "FlakeIdGenerator.newIdBatch (0x1C0100) response: field 'base' (long) is");
    }

    @Test
    void aDecoderThatReadsTheWrongTypeOrCannotReadNullFails() {
        Function<ClientMessage, Integer> intForLong = response -> new MessageReader(response).fixInt(RESPONSE);
        Function<ClientMessage, Data> notNullable = response -> new MessageReader(response).data();

        assertFails(() -> checker.checkResponse(defs.method(0x170100), intForLong, samples()),
                "Ringbuffer.size (0x170100) response: field 'response' (long) is");
        assertFails(() -> checker.checkResponse(defs.method(MAP_GET), notNullable, samples()),
                "Map.get (0x010200) response: the decoder failed on a message laid out as the YAML says");
    }

    /** A result component that is no field of the response. */
    record Batch(long base, long increment, int size) {
    }

    @Test
    void aResultComponentThatIsNoFieldFails() {
        Function<ClientMessage, Batch> renamed = response -> {
            MessageReader r = new MessageReader(response);
            return new Batch(r.fixLong(RESPONSE), r.fixLong(RESPONSE + 8), r.fixInt(RESPONSE + 16));
        };

        assertFails(() -> checker.checkResponse(defs.method(NEW_ID_BATCH), renamed, samples()),
                "the decoder's Batch.size matches no field [base, increment, batchSize]");
    }

    @Test
    void anEventDecoderThatSwapsTwoFieldsFails() {
        Method addListener = defs.method(0x000900);
        ProtocolDefinitions.Event event = addListener.events().get(0);
        checker.checkEvent(addListener, event, ClientCodec::decodeDistributedObjectEvent, samples());

        Function<ClientMessage, ClientCodec.DistributedObjectEventData> swapped = message -> {
            ClientCodec.DistributedObjectEventData right = ClientCodec.decodeDistributedObjectEvent(message);
            return new ClientCodec.DistributedObjectEventData(right.serviceName(), right.name(), right.eventType(),
                    right.source());
        };
        assertFails(() -> checker.checkEvent(addListener, event, swapped, samples()),
                "Client.addDistributedObjectListener event DistributedObject (0x000902): field 'name' (String) is");
    }

    @Test
    void anOperationNameOtherThanTheProtocolsFails() {
        checker.checkOperationName(defs.method(MAP_GET), "Map.Get");

        assertFails(() -> checker.checkOperationName(defs.method(MAP_GET), "Map.get"),
                "Map.get (0x010200): operation name is 'Map.get' but the protocol's is 'Map.Get'");
    }

    // ----

    private Map<String, Object> getArguments() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("name", "m");
        arguments.put("key", key);
        arguments.put("threadId", 1001L);
        return arguments;
    }

    private Map<String, Object> putArguments() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("name", "m");
        arguments.put("key", key);
        arguments.put("value", value);
        arguments.put("threadId", 1001L);
        arguments.put("ttl", 1002L);
        return arguments;
    }

    private SampleValues samples() {
        return new SampleValues(serialization, defs);
    }

    private static void assertFails(Executable check, String messagePart) {
        assertThatThrownBy(check::execute).isInstanceOf(AssertionError.class).hasMessageContaining(messagePart);
    }
}
