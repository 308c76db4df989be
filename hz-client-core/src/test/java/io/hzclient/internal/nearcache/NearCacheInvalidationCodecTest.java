package io.hzclient.internal.nearcache;

import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The invalidation listener's request and its two events, laid out as Map.yaml says. */
class NearCacheInvalidationCodecTest {
    private static final UUID SOURCE = UUID.randomUUID();
    private static final UUID PARTITION = UUID.randomUUID();

    private record Seen(Data key, UUID source, UUID partition, long sequence) {
    }

    private static List<Seen> decode(ClientMessage event) {
        List<Seen> seen = new ArrayList<>();
        NearCacheInvalidationCodec.decode(event, (k, s, p, q) -> seen.add(new Seen(k, s, p, q)));
        return seen;
    }

    private static Data key(int i) {
        return Data.of(new byte[]{0, 0, 0, (byte) i, -1, -1, -1, -11, 1, 2, 3});
    }

    @Test
    void addAsksForInvalidationEventsOnly() {
        ClientMessage add = new NearCacheInvalidationCodec("m").encodeAdd(true);
        MessageReader r = new MessageReader(add);
        assertThat(add.messageType()).isEqualTo(0x013F00);
        assertThat(r.fixInt(ClientMessage.REQUEST_HEADER_SIZE)).as("the INVALIDATION flag").isEqualTo(256);
        assertThat(r.fixBoolean(ClientMessage.REQUEST_HEADER_SIZE + 4)).as("local only").isTrue();
        assertThat(r.string()).isEqualTo("m");
    }

    @Test
    void aSingleInvalidationCarriesOneKeyOrNoneForTheWholeMap() {
        ClientMessage one = MessageWriter.request(0x013F02).fixUuid(SOURCE).fixUuid(PARTITION).fixLong(42)
                .nullableData(key(1)).build();
        assertThat(decode(one)).containsExactly(new Seen(key(1), SOURCE, PARTITION, 42));

        ClientMessage all = MessageWriter.request(0x013F02).fixUuid(SOURCE).fixUuid(PARTITION).fixLong(43)
                .nullableData(null).build();
        assertThat(decode(all)).containsExactly(new Seen(null, SOURCE, PARTITION, 43));
    }

    @Test
    void aBatchIsHandedOverEntryByEntryInOrder() {
        UUID otherPartition = UUID.randomUUID();
        ClientMessage batch = MessageWriter.request(0x013F03).listData(List.of(key(1), key(2), key(3)))
                .listUuid(List.of(SOURCE, SOURCE, SOURCE)).listUuid(List.of(PARTITION, otherPartition, PARTITION))
                .listLong(List.of(7L, 1L, 8L)).build();
        assertThat(decode(batch)).containsExactly(new Seen(key(1), SOURCE, PARTITION, 7),
                new Seen(key(2), SOURCE, otherPartition, 1), new Seen(key(3), SOURCE, PARTITION, 8));
    }

    @Test
    void otherMessagesAreIgnored() {
        assertThat(decode(MessageWriter.request(0x013F04).build())).isEmpty();
    }
}
