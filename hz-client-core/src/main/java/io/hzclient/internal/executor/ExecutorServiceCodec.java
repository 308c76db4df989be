package io.hzclient.internal.executor;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;

import java.util.UUID;

/**
 * The ExecutorService service's messages (service id 8). None is retryable: a task sent twice could run twice. A
 * task's answer comes when it has run: the submit operations are blocking (no answer deadline).
 */
final class ExecutorServiceCodec {
    private static final int RESPONSE = ClientMessage.RESPONSE_HEADER_SIZE;

    private ExecutorServiceCodec() {
    }

    static final Operation<Void> SHUTDOWN = Operation.of("ExecutorService.Shutdown", Operation::nothing);
    static final Operation<Boolean> IS_SHUTDOWN = Operation.of("ExecutorService.IsShutdown",
            ExecutorServiceCodec::booleanResponse);
    static final Operation<Boolean> CANCEL_ON_PARTITION = Operation.of("ExecutorService.CancelOnPartition",
            ExecutorServiceCodec::booleanResponse);
    static final Operation<Boolean> CANCEL_ON_MEMBER = Operation.of("ExecutorService.CancelOnMember",
            ExecutorServiceCodec::booleanResponse);
    static final Operation<Data> SUBMIT_TO_PARTITION = Operation.blocking("ExecutorService.SubmitToPartition",
            ExecutorServiceCodec::dataResponse);
    static final Operation<Data> SUBMIT_TO_MEMBER = Operation.blocking("ExecutorService.SubmitToMember",
            ExecutorServiceCodec::dataResponse);

    /** A member shuts down only its own part of the executor: the proxy sends this to each member. */
    static Call<Void> shutdown(String name, UUID targetMember) {
        return Call.onMember(SHUTDOWN, MessageWriter.request(0x080100).string(name).build(), targetMember);
    }

    static Call<Boolean> isShutdown(String name) {
        return Call.onAnyMember(IS_SHUTDOWN, MessageWriter.request(0x080200).string(name).build());
    }

    static Call<Boolean> cancelOnPartition(UUID uuid, boolean interrupt, int partitionId) {
        return Call.onPartition(CANCEL_ON_PARTITION, MessageWriter.request(0x080300).fixUuid(uuid)
                .fixBoolean(interrupt).build(), partitionId);
    }

    static Call<Boolean> cancelOnMember(UUID uuid, UUID memberUUID, boolean interrupt) {
        return Call.onMember(CANCEL_ON_MEMBER, MessageWriter.request(0x080400).fixUuid(uuid).fixUuid(memberUUID)
                .fixBoolean(interrupt).build(), memberUUID);
    }

    static Call<Data> submitToPartition(String name, UUID uuid, Data callable, int partitionId) {
        return Call.onPartition(SUBMIT_TO_PARTITION, MessageWriter.request(0x080500).fixUuid(uuid).string(name)
                .data(callable).build(), partitionId);
    }

    static Call<Data> submitToMember(String name, UUID uuid, Data callable, UUID memberUUID) {
        return Call.onMember(SUBMIT_TO_MEMBER, MessageWriter.request(0x080600).fixUuid(uuid).fixUuid(memberUUID)
                .string(name).data(callable).build(), memberUUID);
    }

    static boolean booleanResponse(ClientMessage response) {
        return new MessageReader(response).fixBoolean(RESPONSE);
    }

    static Data dataResponse(ClientMessage response) {
        return new MessageReader(response).nullableData();
    }
}
