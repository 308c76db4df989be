package io.hzclient.internal.cp;

import io.hzclient.cp.CPGroupId;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;

import java.util.UUID;

/**
 * The CountDownLatch service's messages (service id 11). Await and countDown carry an invocation id, so that the
 * group applies a retried one once; every message here may be retried.
 */
public final class CountDownLatchCodec {
    private static final int RESPONSE = ClientMessage.RESPONSE_HEADER_SIZE;

    private CountDownLatchCodec() {
    }

    public static final Operation<Boolean> TRY_SET_COUNT = Operation.of("CountDownLatch.TrySetCount",
            AtomicLongCodec::booleanAnswer);
    /** Waits on the members until the count is zero or the timeout passes: no client-side deadline. */
    public static final Operation<Boolean> AWAIT = Operation.blocking("CountDownLatch.Await",
            AtomicLongCodec::booleanAnswer);
    public static final Operation<Void> COUNT_DOWN = Operation.of("CountDownLatch.CountDown", Operation::nothing);
    public static final Operation<Integer> GET_COUNT = Operation.of("CountDownLatch.GetCount",
            CountDownLatchCodec::intAnswer);
    public static final Operation<Integer> GET_ROUND = Operation.of("CountDownLatch.GetRound",
            CountDownLatchCodec::intAnswer);

    public static Call<Boolean> trySetCount(CPGroupId groupId, String name, int count) {
        return CPCalls.onGroup(TRY_SET_COUNT, MessageWriter.request(0x0B0100).retryable().fixInt(count), groupId,
                name);
    }

    public static Call<Boolean> await(CPGroupId groupId, String name, UUID invocationUid, long timeoutMs) {
        return CPCalls.onGroup(AWAIT, MessageWriter.request(0x0B0200).retryable().fixUuid(invocationUid)
                .fixLong(timeoutMs), groupId, name);
    }

    public static Call<Void> countDown(CPGroupId groupId, String name, UUID invocationUid, int expectedRound) {
        return CPCalls.onGroup(COUNT_DOWN, MessageWriter.request(0x0B0300).retryable().fixUuid(invocationUid)
                .fixInt(expectedRound), groupId, name);
    }

    public static Call<Integer> getCount(CPGroupId groupId, String name) {
        return CPCalls.onGroup(GET_COUNT, MessageWriter.request(0x0B0400).retryable(), groupId, name);
    }

    public static Call<Integer> getRound(CPGroupId groupId, String name) {
        return CPCalls.onGroup(GET_ROUND, MessageWriter.request(0x0B0500).retryable(), groupId, name);
    }


    public static int intAnswer(ClientMessage response) {
        return new MessageReader(response).fixInt(RESPONSE);
    }
}
