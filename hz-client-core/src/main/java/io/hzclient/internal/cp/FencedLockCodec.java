package io.hzclient.internal.cp;

import io.hzclient.cp.CPGroupId;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;

import java.util.UUID;

/**
 * The FencedLock service's messages (service id 7). A lock is owned by a session and a cluster-wide thread id; the
 * invocation id lets the group apply a retried call once. Every message may be retried.
 */
public final class FencedLockCodec {
    private static final int RESPONSE = ClientMessage.RESPONSE_HEADER_SIZE;

    private FencedLockCodec() {
    }

    /** Waits on the members until the lock is free: no client-side deadline. */
    public static final Operation<Long> LOCK = Operation.blocking("FencedLock.Lock", AtomicLongCodec::longAnswer);
    /** Waits on the members up to the call's own timeout. */
    public static final Operation<Long> TRY_LOCK = Operation.blocking("FencedLock.TryLock",
            AtomicLongCodec::longAnswer);
    public static final Operation<Boolean> UNLOCK = Operation.of("FencedLock.Unlock", AtomicLongCodec::booleanAnswer);
    public static final Operation<LockOwnership> GET_LOCK_OWNERSHIP = Operation.of("FencedLock.GetLockOwnership",
            FencedLockCodec::ownership);

    public static Call<Long> lock(CPGroupId groupId, String name, long sessionId, long threadId, UUID invocationUid) {
        return CPCalls.onGroup(LOCK, MessageWriter.request(0x070100).retryable().fixLong(sessionId).fixLong(threadId)
                .fixUuid(invocationUid), groupId, name);
    }

    public static Call<Long> tryLock(CPGroupId groupId, String name, long sessionId, long threadId,
                                     UUID invocationUid, long timeoutMs) {
        return CPCalls.onGroup(TRY_LOCK, MessageWriter.request(0x070200).retryable().fixLong(sessionId)
                .fixLong(threadId).fixUuid(invocationUid).fixLong(timeoutMs), groupId, name);
    }

    public static Call<Boolean> unlock(CPGroupId groupId, String name, long sessionId, long threadId,
                                       UUID invocationUid) {
        return CPCalls.onGroup(UNLOCK, MessageWriter.request(0x070300).retryable().fixLong(sessionId)
                .fixLong(threadId).fixUuid(invocationUid), groupId, name);
    }

    public static Call<LockOwnership> getLockOwnership(CPGroupId groupId, String name) {
        return CPCalls.onGroup(GET_LOCK_OWNERSHIP, MessageWriter.request(0x070400).retryable(), groupId, name);
    }

    private static LockOwnership ownership(ClientMessage response) {
        MessageReader r = new MessageReader(response);
        int at = RESPONSE;
        long fence = r.fixLong(at);
        int lockCount = r.fixInt(at += FixedSizes.LONG);
        long sessionId = r.fixLong(at += FixedSizes.INT);
        long threadId = r.fixLong(at + FixedSizes.LONG);
        return new LockOwnership(fence, lockCount, sessionId, threadId);
    }
}
