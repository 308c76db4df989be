package io.hzclient.internal.transaction;

import com.hazelcast.client.impl.protocol.codec.TransactionCreateCodec;
import com.hazelcast.client.impl.protocol.codec.TransactionalMapPutCodec;
import com.hazelcast.client.impl.protocol.codec.TransactionalQueueOfferCodec;
import com.hazelcast.client.impl.protocol.codec.TransactionalQueuePollCodec;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.serialization.Data;
import io.hzclient.transaction.TransactionType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.hzclient.test.OfficialWire.readByteByByte;
import static io.hzclient.test.OfficialWire.readOfficial;
import static io.hzclient.test.OfficialWire.wire;
import static org.assertj.core.api.Assertions.assertThat;

/** Our transactional requests read by the member's own codecs, and the member's answers read by ours. */
class TransactionCodecTest {
    private static final UUID TXN = UUID.fromString("6f1c2a3b-0000-4000-8000-00000000abcd");

    @Test
    void theTransactionTypesAreTheNumbersTheMembersRead() {
        assertThat(TransactionType.TWO_PHASE.id())
                .isEqualTo(com.hazelcast.transaction.TransactionOptions.TransactionType.TWO_PHASE.id());
        assertThat(TransactionType.ONE_PHASE.id())
                .isEqualTo(com.hazelcast.transaction.TransactionOptions.TransactionType.ONE_PHASE.id());
    }

    @Test
    void createIsReadByTheMembersCodecAndItsAnswerByOurs() {
        Call<UUID> call = TransactionCodec.create(120_000, 1, TransactionType.TWO_PHASE.id(), 77);
        var decoded = TransactionCreateCodec.decodeRequest(readOfficial(wire(call.request())));

        assertThat(decoded.timeout).isEqualTo(120_000);
        assertThat(decoded.durability).isEqualTo(1);
        assertThat(com.hazelcast.transaction.TransactionOptions.TransactionType.getById(decoded.transactionType))
                .isEqualTo(com.hazelcast.transaction.TransactionOptions.TransactionType.TWO_PHASE);
        assertThat(decoded.threadId).isEqualTo(77);
        assertThat(call.request().isRetryable()).isFalse();

        ClientMessage answer = readByteByByte(wire(TransactionCreateCodec.encodeResponse(TXN)));
        assertThat(call.operation().decoder().apply(answer)).isEqualTo(TXN);
    }

    @Test
    void aMapPutWithItsTtlIsReadByTheMembersCodec() {
        Data key = Data.of(new byte[] {0, 0, 0, 0, -1, -1, -1, -7, 0, 0, 0, 1});
        Data value = Data.of(new byte[] {0, 0, 0, 0, -1, -1, -1, -7, 0, 0, 0, 2});
        Call<Data> call = TransactionalMapCodec.put("orders", TXN, 77, key, value, 5_000);
        var decoded = TransactionalMapPutCodec.decodeRequest(readOfficial(wire(call.request())));

        assertThat(decoded.name).isEqualTo("orders");
        assertThat(decoded.txnId).isEqualTo(TXN);
        assertThat(decoded.threadId).isEqualTo(77);
        assertThat(decoded.key.toByteArray()).isEqualTo(key.toByteArray());
        assertThat(decoded.value.toByteArray()).isEqualTo(value.toByteArray());
        assertThat(decoded.ttl).isEqualTo(5_000);
        assertThat(call.operation().blocking()).as("waits for another transaction's lock").isTrue();
    }

    @Test
    void aQueueOfferAndPollWithTimeoutsAreReadByTheMembersCodecs() {
        Data item = Data.of(new byte[] {0, 0, 0, 0, -1, -1, -1, -7, 0, 0, 0, 3});
        Call<Boolean> offer = TransactionalQueueCodec.offer("jobs", TXN, 5, item, 250);
        var offered = TransactionalQueueOfferCodec.decodeRequest(readOfficial(wire(offer.request())));
        assertThat(offered.name).isEqualTo("jobs");
        assertThat(offered.txnId).isEqualTo(TXN);
        assertThat(offered.threadId).isEqualTo(5);
        assertThat(offered.item.toByteArray()).isEqualTo(item.toByteArray());
        assertThat(offered.timeout).isEqualTo(250);
        assertThat(offer.operation().blocking()).isTrue();

        Call<Data> poll = TransactionalQueueCodec.poll("jobs", TXN, 5, 0);
        var polled = TransactionalQueuePollCodec.decodeRequest(readOfficial(wire(poll.request())));
        assertThat(polled.timeout).isZero();
        assertThat(poll.operation().blocking()).as("answers at once").isFalse();

        ClientMessage answer = readByteByByte(wire(TransactionalQueuePollCodec.encodeResponse(
                new com.hazelcast.internal.serialization.impl.HeapData(item.toByteArray()))));
        assertThat(((Data) poll.operation().decoder().apply(answer)).toByteArray()).isEqualTo(item.toByteArray());
    }
}
