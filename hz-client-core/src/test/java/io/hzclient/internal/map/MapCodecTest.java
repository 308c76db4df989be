package io.hzclient.internal.map;

import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.ClientMessageDecoder;
import io.hzclient.internal.protocol.ClientMessageEncoder;
import io.hzclient.internal.protocol.ClientMessageFragmenter;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.Frame;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.DefaultSerializationService;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MapCodecTest {
    private final TestSerialization serialization = new TestSerialization();
    private final Data key = serialization.toData("key1");
    private final Data value = serialization.toData(54);

    @Test
    void putRequestHasTheSpecsLayout() {
        ClientMessage put = MapCodec.put("my-map", key, value, 7L, 5000L).request();

        List<Frame> frames = put.frames();
        assertThat(frames).hasSize(4);
        byte[] initial = frames.get(0).content;
        assertThat(initial).hasSize(32);
        assertThat(FixedSizes.readInt(initial, 0)).isEqualTo(0x010100);
        assertThat(FixedSizes.readInt(initial, 12)).as("before routing, the key's partition hash")
                .isEqualTo(key.partitionHash());
        assertThat(FixedSizes.readLong(initial, 16)).as("threadId").isEqualTo(7L);
        assertThat(FixedSizes.readLong(initial, 24)).as("ttl").isEqualTo(5000L);
        assertThat(frames.get(0).flags).isEqualTo(Frame.UNFRAGMENTED);
        assertThat(new String(frames.get(1).content, StandardCharsets.UTF_8)).isEqualTo("my-map");
        assertThat(frames.get(2).content).isEqualTo(key.toByteArray());
        assertThat(frames.get(3).content).isEqualTo(value.toByteArray());
        assertThat(frames.subList(0, 3)).noneMatch(Frame::isFinal);
        assertThat(frames.get(3).flags).isEqualTo(Frame.IS_FINAL);
        assertThat(put.isRetryable()).isFalse();
    }

    @Test
    void putRequestOnTheWire() {
        byte[] wire = wire(MapCodec.put("m", key, value, 1L, -1L).request());

        ByteBuffer b = ByteBuffer.wrap(wire).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(0)).as("initial frame length, header included").isEqualTo(6 + 32);
        assertThat(b.getShort(4) & 0xFFFF).isEqualTo(0xC000);
        assertThat(b.getInt(6)).isEqualTo(0x010100);
        assertThat(b.getLong(6 + 16)).isEqualTo(1L);
        assertThat(b.getLong(6 + 24)).isEqualTo(-1L);
        int nameFrame = 38;
        assertThat(b.getInt(nameFrame)).isEqualTo(7);
        assertThat(wire[nameFrame + 6]).isEqualTo((byte) 'm');
        int keyFrame = nameFrame + 7;
        assertThat(b.getInt(keyFrame)).isEqualTo(6 + 16);
        assertThat(b.getShort(keyFrame + 4)).isZero();
        assertThat(hex(wire, keyFrame + 6, 16)).isEqualTo("00000000fffffff5000000046b657931");
        int valueFrame = keyFrame + 22;
        assertThat(b.getShort(valueFrame + 4) & 0xFFFF).isEqualTo(0x2000);
        assertThat(hex(wire, valueFrame + 6, 12)).isEqualTo("00000000fffffff900000036");
        assertThat(wire).hasSize(valueFrame + 18);
    }

    @Test
    void requestsCarryTheirTypeFixedFieldsAndRetryability() {
        assertThat(MapCodec.get("m", key, 3).request().messageType()).isEqualTo(0x010200);
        assertThat(MapCodec.get("m", key, 3).request().isRetryable()).isTrue();
        ClientMessage tryLock = MapCodec.tryLock("m", key, 3, 100, 200, 9).request();
        byte[] initial = tryLock.initialFrame().content;
        assertThat(tryLock.messageType()).isEqualTo(0x011100);
        assertThat(FixedSizes.readLong(initial, 16)).isEqualTo(3);
        assertThat(FixedSizes.readLong(initial, 24)).as("lease").isEqualTo(100);
        assertThat(FixedSizes.readLong(initial, 32)).as("timeout").isEqualTo(200);
        assertThat(FixedSizes.readLong(initial, 40)).as("referenceId").isEqualTo(9);
        ClientMessage listener = MapCodec.addEntryListener("m", true, 0b101, false);
        byte[] l = listener.initialFrame().content;
        assertThat(listener.messageType()).isEqualTo(0x011900);
        assertThat(l).hasSize(22);
        assertThat(l[16]).isEqualTo((byte) 1);
        assertThat(FixedSizes.readInt(l, 17)).isEqualTo(5);
        assertThat(l[21]).isZero();
        ClientMessage maxIdle = MapCodec.putWithMaxIdle("m", key, value, 1, 2, 3).request();
        assertThat(maxIdle.messageType()).isEqualTo(0x014400);
        assertThat(FixedSizes.readLong(maxIdle.initialFrame().content, 32)).isEqualTo(3);
    }

    @Test
    void putAllCarriesEntriesAsAnEntryList() {
        Call<Void> call = MapCodec.putAll("m", List.of(new AbstractMap.SimpleImmutableEntry<>(key, value)), true, 17);
        ClientMessage putAll = call.request();
        List<Frame> frames = putAll.frames();
        assertThat(CallRoute.of(call)).isEqualTo(new CallRoute("partition", null));
        assertThat(putAll.partitionId()).isEqualTo(17);
        assertThat(putAll.messageType()).isEqualTo(0x012C00);
        assertThat(frames.get(0).content[16]).isEqualTo((byte) 1);
        assertThat(frames).hasSize(6);
        assertThat(frames.get(2).isBegin()).isTrue();
        assertThat(frames.get(3).content).isEqualTo(key.toByteArray());
        assertThat(frames.get(4).content).isEqualTo(value.toByteArray());
        assertThat(frames.get(5).isEnd()).isTrue();
        assertThat(frames.get(5).isFinal()).isTrue();
    }

    @Test
    void decodesANullableDataResponse() {
        ClientMessage withValue = Responses.response(0x010101, 0).frame(value.toByteArray()).build();
        ClientMessage withNull = Responses.response(0x010101, 0).nullFrame().build();

        assertThat(MapCodec.nullableDataResponse(withValue)).isEqualTo(value);
        assertThat(MapCodec.nullableDataResponse(withNull)).isNull();
    }

    @Test
    void decodesFixedSizeResponses() {
        UUID id = UUID.randomUUID();
        assertThat(MapCodec.booleanResponse(Responses.response(0x010601, 1).fixBoolean(13, true).build())).isTrue();
        assertThat(MapCodec.intResponse(Responses.response(0x012A01, 4).fixInt(13, 42).build())).isEqualTo(42);
        assertThat(MapCodec.uuidResponse(Responses.response(0x011901, 17).fixUuid(13, id).build())).isEqualTo(id);
    }

    @Test
    void decodesListsAndEntryLists() {
        ClientMessage keys = Responses.response(0x012201, 0).begin().frame(key.toByteArray())
                .frame(value.toByteArray()).end().build();
        ClientMessage entries = Responses.response(0x012501, 0).begin().frame(key.toByteArray())
                .frame(value.toByteArray()).end().build();

        assertThat(MapCodec.listDataResponse(keys)).containsExactly(key, value);
        assertThat(MapCodec.entryListResponse(entries)).containsExactly(Map.entry(key, value));
    }

    @Test
    void decodesAnEntryViewAndSkipsFieldsNewerThanThisClient() {
        byte[] fixed = new byte[80];
        for (int i = 0; i < 10; i++) {
            FixedSizes.writeLong(fixed, i * 8, 100 + i);
        }
        ClientMessage response = Responses.response(0x011D01, 8).begin().frame(fixed).frame(key.toByteArray())
                .frame(value.toByteArray()).frame("a newer field".getBytes(StandardCharsets.UTF_8)).end().build();

        MapCodec.SimpleEntryView view = MapCodec.entryViewResponse(response);

        assertThat(view.key()).isEqualTo(key);
        assertThat(view.value()).isEqualTo(value);
        assertThat(view.cost()).isEqualTo(100);
        assertThat(view.creationTime()).isEqualTo(101);
        assertThat(view.expirationTime()).isEqualTo(102);
        assertThat(view.hits()).isEqualTo(103);
        assertThat(view.lastAccessTime()).isEqualTo(104);
        assertThat(view.lastStoredTime()).isEqualTo(105);
        assertThat(view.lastUpdateTime()).isEqualTo(106);
        assertThat(view.version()).isEqualTo(107);
        assertThat(view.ttl()).isEqualTo(108);
        assertThat(view.maxIdle()).isEqualTo(109);
    }

    @Test
    void decodesAMissingEntryViewAsNull() {
        assertThat(MapCodec.entryViewResponse(Responses.response(0x011D01, 8).nullFrame().build())).isNull();
    }

    @Test
    void everyCallNamesItsProtocolOperationAndIsRoutedAsTheSpecSays() {
        Call<Data> get = MapCodec.get("m", key, 3);
        Call<Void> lock = MapCodec.lock("m", key, 3, -1, 1);
        Call<Integer> size = MapCodec.size("m");
        Call<List<Map.Entry<Data, Data>>> getAll = MapCodec.getAll("m", List.of(key), 42);
        try {
            assertThat(get.operationName()).isEqualTo("Map.Get");
            assertThat(MapCodec.PUT_IF_ABSENT_WITH_MAX_IDLE.name()).isEqualTo("Map.PutIfAbsentWithMaxIdle");
            assertThat(CallRoute.of(get)).as("by the key's partition hash")
                    .isEqualTo(new CallRoute("key", key.partitionHash()));
            assertThat(CallRoute.of(lock)).isEqualTo(new CallRoute("key", key.partitionHash()));
            assertThat(CallRoute.of(size)).isEqualTo(new CallRoute("any", null));
            assertThat(CallRoute.of(getAll)).isEqualTo(new CallRoute("partition", null));
            assertThat(getAll.request().partitionId()).isEqualTo(42);
            assertThat(getAll.operationName()).isEqualTo("Map.GetAll");
        } finally {
            List.of(get, lock, size, getAll).forEach(c -> c.request().release());
        }
    }

    @Test
    void onlyTheCallsThatWaitForALockHaveNoDeadline() {
        assertThat(List.of(MapCodec.LOCK, MapCodec.TRY_LOCK, MapCodec.TRY_PUT, MapCodec.TRY_REMOVE))
                .allMatch(Operation::blocking);
        assertThat(List.of(MapCodec.GET, MapCodec.PUT, MapCodec.UNLOCK, MapCodec.IS_LOCKED, MapCodec.FORCE_UNLOCK,
                MapCodec.SET, MapCodec.CLEAR)).noneMatch(Operation::blocking);
    }

    @Test
    void operationsDecodeTheirAnswers() {
        ClientMessage withValue = Responses.response(0x010201, 0).frame(value.toByteArray()).build();
        assertThat(MapCodec.GET.decoder().apply(withValue)).isEqualTo(value);
        assertThat(MapCodec.SIZE.decoder().apply(Responses.response(0x012A01, 4).fixInt(13, 42).build()))
                .isEqualTo(42);
        assertThat(MapCodec.SET.decoder().apply(Responses.response(0x010F01, 0).build())).isNull();
    }

    @Test
    void pooledRequestsAreTheSameBytesAsHeapRequestsOfTheSameFields() {
        DefaultSerializationService real = new DefaultSerializationService(SerializationConfig.defaults());
        List<Object> values = List.of("key1", "", "ünïcödé ✓", 54, -7L, new byte[]{1, 2, 3}, 2.5d, 'c',
                "x".repeat(3000));
        for (Object key : values) {
            for (Object value : values) {
                Data k = real.toData(key);
                Data v = real.toData(value);
                ClientMessage put = unrouted(k, MapCodec.put("my-map", k, v, 7L, 5000L).request());
                ClientMessage get = unrouted(k, MapCodec.get("my-map", k, 9L).request());
                ClientMessage set = unrouted(k, MapCodec.set("my-map", k, v, 3L, -1L).request());
                ClientMessage remove = unrouted(k, MapCodec.remove("my-map", k, 4L).request());
                ClientMessage delete = unrouted(k, MapCodec.delete("my-map", k, 5L).request());
                try {
                    assertThat(put.pooledWire()).as("a pooled request").isNotNull();
                    assertThat(wire(put)).as("put of %s -> %s", key, value).isEqualTo(wire(MessageWriter
                            .request(0x010100).fixLong(7).fixLong(5000).string("my-map").data(k).data(v).build()));
                    assertThat(wire(get)).as("get of %s", key).isEqualTo(wire(MessageWriter.request(0x010200)
                            .fixLong(9).string("my-map").data(k).build()));
                    assertThat(wire(set)).isEqualTo(wire(MessageWriter.request(0x010F00).fixLong(3).fixLong(-1)
                            .string("my-map").data(k).data(v).build()));
                    assertThat(wire(remove)).isEqualTo(wire(MessageWriter.request(0x010300).fixLong(4)
                            .string("my-map").data(k).build()));
                    assertThat(wire(delete)).isEqualTo(wire(MessageWriter.request(0x010900).fixLong(5)
                            .string("my-map").data(k).build()));
                    assertThat(get.isRetryable()).isTrue();
                    assertThat(put.isRetryable()).isFalse();
                    assertThat(put.messageType()).isEqualTo(0x010100);
                    assertThat(encoded(put)).isEqualTo(wire(put));
                } finally {
                    put.release();
                    get.release();
                    set.release();
                    remove.release();
                    delete.release();
                }
            }
        }
    }

    @Test
    void aReleasedPooledRequestIsUsedAgainWithNothingLeftOfItsLastContent() {
        DefaultSerializationService real = new DefaultSerializationService(SerializationConfig.defaults());
        ClientMessage big = MapCodec.put("a-longer-map-name", real.toData("k".repeat(500)),
                real.toData("v".repeat(900)), 1, -1).request();
        big.release();
        Data k = real.toData(5);
        ClientMessage small = unrouted(k, MapCodec.get("m", k, 2).request());
        try {
            assertThat(small).as("the released request, used again").isSameAs(big);
            assertThat(wire(small)).isEqualTo(wire(MessageWriter.request(0x010200).fixLong(2).string("m").data(k)
                    .build()));
            assertThat(small.wireSize()).isEqualTo(wire(small).length);
            assertThat(small.frameCount()).isEqualTo(3);
        } finally {
            small.release();
        }
    }

    @Test
    void aPooledRequestCanBeFragmentedAndReassembled() {
        DefaultSerializationService real = new DefaultSerializationService(SerializationConfig.defaults());
        ClientMessage put = MapCodec.put("m", real.toData("key"), real.toData("v".repeat(500)), 1, -1).request();
        try {
            List<ClientMessage> fragments = ClientMessageFragmenter.split(put, 100, 42);
            assertThat(fragments).hasSizeGreaterThan(1);
            EmbeddedChannel decoder = new EmbeddedChannel(new ClientMessageDecoder());
            EmbeddedChannel encoder = new EmbeddedChannel(ClientMessageEncoder.INSTANCE);
            for (ClientMessage fragment : fragments) {
                encoder.writeOutbound(fragment);
                decoder.writeInbound((ByteBuf) encoder.readOutbound());
            }
            ClientMessage read = decoder.readInbound();
            assertThat(wire(read)).isEqualTo(wire(put));
        } finally {
            put.release();
        }
    }


    /**
     * The request with the partition field as before a key's call is routed: until then it holds the key's partition
     * hash (checked here), which the invocation layer replaces with the partition.
     */
    private static ClientMessage unrouted(Data key, ClientMessage request) {
        assertThat(request.partitionId()).as("the key's partition hash").isEqualTo(key.partitionHash());
        request.setPartitionId(-1);
        return request;
    }

    /** What the encoder writes for the message (given a reference of its own, as a connection's queue does). */
    private static byte[] encoded(ClientMessage message) {
        EmbeddedChannel ch = new EmbeddedChannel(ClientMessageEncoder.INSTANCE);
        ch.writeOutbound(message.retain());
        ByteBuf out = ch.readOutbound();
        try {
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }

    /** The frames as the encoder writes them: int32 length (header included), uint16 flags, payload. */
    static byte[] wire(ClientMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Frame f : message.frames()) {
            ByteBuffer header = ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(f.wireSize()).putShort((short) f.flags);
            out.writeBytes(header.array());
            out.writeBytes(f.content);
        }
        return out.toByteArray();
    }

    private static String hex(byte[] b, int from, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < from + length; i++) {
            s.append(String.format("%02x", b[i]));
        }
        return s.toString();
    }
}
