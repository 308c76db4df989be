package io.hzclient.internal.cp;

import io.hzclient.cp.CPGroupId;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.MessageWriter;

import java.util.UUID;

/**
 * The Semaphore service's messages (service id 12). Calls that change permits name a session (or none, -1, for a
 * JDK-compatible semaphore), a cluster-wide thread id and an invocation id, so that a retried one is applied once.
 */
public final class SemaphoreCodec {
    private SemaphoreCodec() {
    }

    public static final Operation<Boolean> INIT = Operation.of("Semaphore.Init", AtomicLongCodec::booleanAnswer);
    /** Waits on the members up to the call's own timeout (forever for -1): no client-side deadline. */
    public static final Operation<Boolean> ACQUIRE = Operation.blocking("Semaphore.Acquire",
            AtomicLongCodec::booleanAnswer);
    public static final Operation<Boolean> RELEASE = Operation.of("Semaphore.Release", AtomicLongCodec::booleanAnswer);
    public static final Operation<Integer> DRAIN = Operation.of("Semaphore.Drain", CountDownLatchCodec::intAnswer);
    public static final Operation<Boolean> CHANGE = Operation.of("Semaphore.Change", AtomicLongCodec::booleanAnswer);
    public static final Operation<Integer> AVAILABLE_PERMITS = Operation.of("Semaphore.AvailablePermits",
            CountDownLatchCodec::intAnswer);
    public static final Operation<Boolean> GET_SEMAPHORE_TYPE = Operation.of("Semaphore.GetSemaphoreType",
            AtomicLongCodec::booleanAnswer);

    public static Call<Boolean> init(CPGroupId groupId, String name, int permits) {
        return CPCalls.onGroup(INIT, MessageWriter.request(0x0C0100).retryable().fixInt(permits), groupId, name);
    }

    public static Call<Boolean> acquire(CPGroupId groupId, String name, long sessionId, long threadId,
                                        UUID invocationUid, int permits, long timeoutMs) {
        return CPCalls.onGroup(ACQUIRE, MessageWriter.request(0x0C0200).retryable().fixLong(sessionId)
                .fixLong(threadId).fixUuid(invocationUid).fixInt(permits).fixLong(timeoutMs), groupId, name);
    }

    public static Call<Boolean> release(CPGroupId groupId, String name, long sessionId, long threadId,
                                        UUID invocationUid, int permits) {
        return CPCalls.onGroup(RELEASE, MessageWriter.request(0x0C0300).retryable().fixLong(sessionId)
                .fixLong(threadId).fixUuid(invocationUid).fixInt(permits), groupId, name);
    }

    public static Call<Integer> drain(CPGroupId groupId, String name, long sessionId, long threadId,
                                      UUID invocationUid) {
        return CPCalls.onGroup(DRAIN, MessageWriter.request(0x0C0400).retryable().fixLong(sessionId)
                .fixLong(threadId).fixUuid(invocationUid), groupId, name);
    }

    public static Call<Boolean> change(CPGroupId groupId, String name, long sessionId, long threadId,
                                       UUID invocationUid, int permits) {
        return CPCalls.onGroup(CHANGE, MessageWriter.request(0x0C0500).retryable().fixLong(sessionId)
                .fixLong(threadId).fixUuid(invocationUid).fixInt(permits), groupId, name);
    }

    public static Call<Integer> availablePermits(CPGroupId groupId, String name) {
        return CPCalls.onGroup(AVAILABLE_PERMITS, MessageWriter.request(0x0C0600).retryable(), groupId, name);
    }

    /** Whether the semaphore of that proxy name is JDK-compatible (sessionless), as the members configure it. */
    public static Call<Boolean> getSemaphoreType(String proxyName) {
        return Call.onAnyMember(GET_SEMAPHORE_TYPE, MessageWriter.request(0x0C0700).retryable().string(proxyName)
                .build());
    }
}
