package io.hzclient.internal.cp;

import io.hzclient.cp.CPGroupId;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;

/**
 * The CPSession service's messages (service id 31): a client's session in a CP group, which owns its locks and
 * session-aware permits, and the cluster-wide ids of its threads.
 */
public final class CPSessionCodec {
    private static final int RESPONSE = ClientMessage.RESPONSE_HEADER_SIZE;

    private CPSessionCodec() {
    }

    public static final Operation<CPSessionGrant> CREATE_SESSION = Operation.of("CPSession.CreateSession",
            CPSessionCodec::grant);
    public static final Operation<Boolean> CLOSE_SESSION = Operation.of("CPSession.CloseSession",
            AtomicLongCodec::booleanAnswer);
    public static final Operation<Void> HEARTBEAT_SESSION = Operation.of("CPSession.HeartbeatSession",
            Operation::nothing);
    public static final Operation<Long> GENERATE_THREAD_ID = Operation.of("CPSession.GenerateThreadId",
            AtomicLongCodec::longAnswer);

    public static Call<CPSessionGrant> createSession(CPGroupId groupId, String endpointName) {
        MessageWriter w = MessageWriter.request(0x1F0100).retryable();
        return Call.onAnyMember(CREATE_SESSION, CPGroupCodec.groupId(w, groupId).string(endpointName).build());
    }

    public static Call<Boolean> closeSession(CPGroupId groupId, long sessionId) {
        MessageWriter w = MessageWriter.request(0x1F0200).retryable().fixLong(sessionId);
        return Call.onAnyMember(CLOSE_SESSION, CPGroupCodec.groupId(w, groupId).build());
    }

    public static Call<Void> heartbeatSession(CPGroupId groupId, long sessionId) {
        MessageWriter w = MessageWriter.request(0x1F0300).retryable().fixLong(sessionId);
        return Call.onAnyMember(HEARTBEAT_SESSION, CPGroupCodec.groupId(w, groupId).build());
    }

    public static Call<Long> generateThreadId(CPGroupId groupId) {
        MessageWriter w = MessageWriter.request(0x1F0400).retryable();
        return Call.onAnyMember(GENERATE_THREAD_ID, CPGroupCodec.groupId(w, groupId).build());
    }

    private static CPSessionGrant grant(ClientMessage response) {
        MessageReader r = new MessageReader(response);
        return new CPSessionGrant(r.fixLong(RESPONSE), r.fixLong(RESPONSE + FixedSizes.LONG),
                r.fixLong(RESPONSE + 2 * FixedSizes.LONG));
    }
}
