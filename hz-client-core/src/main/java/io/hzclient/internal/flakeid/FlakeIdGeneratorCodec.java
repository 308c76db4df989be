package io.hzclient.internal.flakeid;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;

/** The FlakeIdGenerator service's one message (service id 28). */
final class FlakeIdGeneratorCodec {
    private static final int BASE = ClientMessage.RESPONSE_HEADER_SIZE;
    private static final int INCREMENT = BASE + 8;
    private static final int BATCH_SIZE = INCREMENT + 8;

    private FlakeIdGeneratorCodec() {
    }

    static final Operation<IdBatch> NEW_ID_BATCH = Operation.of("FlakeIdGenerator.NewIdBatch",
            FlakeIdGeneratorCodec::newIdBatchResponse);

    /** To any member: each generates ids of its own. */
    static Call<IdBatch> newIdBatch(String name, int batchSize) {
        return Call.onAnyMember(NEW_ID_BATCH,
                MessageWriter.request(0x1C0100).retryable().fixInt(batchSize).string(name).build());
    }

    /** Ids {@code base + i * increment} for {@code i < batchSize}. */
    record IdBatch(long base, long increment, int batchSize) {
    }

    static IdBatch newIdBatchResponse(ClientMessage response) {
        MessageReader r = new MessageReader(response);
        return new IdBatch(r.fixLong(BASE), r.fixLong(INCREMENT), r.fixInt(BATCH_SIZE));
    }
}
