package io.hzclient.internal.nearcache;

import com.hazelcast.client.impl.protocol.codec.MapFetchNearCacheInvalidationMetadataCodec;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.nearcache.InvalidationMetadataCodec.Metadata;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.ProtocolException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static java.util.Map.entry;
import static io.hzclient.test.OfficialWire.readByteByByte;
import static io.hzclient.test.OfficialWire.readOfficial;
import static io.hzclient.test.OfficialWire.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Our fetch request read by the member's own codec, and the member's response bytes read by ours. */
class InvalidationMetadataCodecTest {
    private static final UUID MEMBER = UUID.fromString("6f1c2a3b-0000-4000-8000-00000000abcd");
    private static final UUID P0 = UUID.fromString("11111111-2222-3333-4444-555555555555");
    private static final UUID P7 = new UUID(-1L, Long.MIN_VALUE);

    @Test
    void requestIsReadByTheMembersCodec() {
        Call<Metadata> call = InvalidationMetadataCodec.fetch(List.of("orders", "prices"), MEMBER);
        ClientMessage request = call.request();
        request.setCorrelationId(42);
        assertThat(call.operationName()).isEqualTo("Map.FetchNearCacheInvalidationMetadata");
        assertThat(request.partitionId()).as("to any member: it forwards to the one named").isEqualTo(-1);

        com.hazelcast.client.impl.protocol.ClientMessage theirs = readOfficial(wire(request));
        var decoded = MapFetchNearCacheInvalidationMetadataCodec.decodeRequest(theirs);

        assertThat(theirs.getMessageType()).isEqualTo(0x013D00);
        assertThat(decoded.names).containsExactly("orders", "prices");
        assertThat(decoded.uuid).isEqualTo(MEMBER);
        assertThat(request.isRetryable()).isFalse();
    }

    @Test
    void responseFromTheMembersCodecIsDecodedFedByteByByte() {
        var response = MapFetchNearCacheInvalidationMetadataCodec.encodeResponse(
                List.of(entry("orders", List.of(entry(0, 5L), entry(7, Long.MAX_VALUE))),
                        entry("prices", List.of()),
                        entry("ünïcode", List.of(entry(270, 1L)))),
                List.of(entry(0, P0), entry(7, P7), entry(270, P0)));

        Metadata metadata = InvalidationMetadataCodec.decodeFetchResponse(readByteByByte(wire(response)));

        assertThat(metadata.sequences()).containsExactly(
                entry("orders", Map.of(0, 5L, 7, Long.MAX_VALUE)),
                entry("prices", Map.of()),
                entry("ünïcode", Map.of(270, 1L)));
        assertThat(metadata.sequences().get("orders").keySet()).containsExactly(0, 7);
        assertThat(metadata.partitionUuids()).containsExactly(entry(0, P0), entry(7, P7), entry(270, P0));
    }

    @Test
    void emptyResponseIsEmpty() {
        var response = MapFetchNearCacheInvalidationMetadataCodec.encodeResponse(List.of(), List.of());

        Metadata metadata = InvalidationMetadataCodec.decodeFetchResponse(readByteByByte(wire(response)));

        assertThat(metadata.sequences()).isEmpty();
        assertThat(metadata.partitionUuids()).isEmpty();
    }

    @Test
    void packedEntryListsOfAnOddSizeAreRejected() {
        assertThatThrownBy(() -> InvalidationMetadataCodec.intLongEntries(new byte[13]))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("EntryList_Integer_Long")
                .hasMessageContaining("13 bytes");
        assertThatThrownBy(() -> InvalidationMetadataCodec.intUuidEntries(new byte[20]))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("EntryList_Integer_UUID");
    }
}
