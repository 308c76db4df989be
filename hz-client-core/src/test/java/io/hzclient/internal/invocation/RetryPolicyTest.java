package io.hzclient.internal.invocation;

import io.hzclient.ClientNotActiveException;
import io.hzclient.ClientOfflineException;
import io.hzclient.IndeterminateOperationStateException;
import io.hzclient.OperationTimeoutException;
import io.hzclient.RemoteException;
import io.hzclient.TargetDisconnectedException;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per row of the decision table in {@link RetryPolicy}'s javadoc. */
class RetryPolicyTest {
    private final RetryPolicy plain = new RetryPolicy(false);
    private final RetryPolicy redo = new RetryPolicy(true);

    @Test
    void aShutDownClientNeverRetriesEvenWithRedoOperation() {
        ClientNotActiveException shutDown = new ClientNotActiveException("shut down");
        assertThat(plain.shouldRetry(shutDown, true)).isFalse();
        assertThat(redo.shouldRetry(shutDown, true)).isFalse();
    }

    @Test
    void aCallThatNeverLeftTheClientIsRetriedEvenIfNotRetryable() {
        assertThat(plain.shouldRetry(new CallNotSentException("no connection"), false)).isTrue();
    }

    @Test
    void aRetryableMemberErrorIsRetriedEvenForANonRetryableRequest() {
        for (int code : new int[] {8, 19, 39, 46, 47, 53, 62}) {
            RemoteException e = new RemoteException(code, "com.hazelcast.SomeRetryableException", "try again");
            assertThat(plain.shouldRetry(e, false)).as("error code %d", code).isTrue();
        }
    }

    @Test
    void aLostConnectionRetriesARetryableRequest() {
        assertThat(plain.shouldRetry(new TargetDisconnectedException("gone"), true)).isTrue();
        assertThat(plain.shouldRetry(new IOException("reset by peer"), true)).isTrue();
    }

    @Test
    void aLostConnectionDoesNotRetryANonRetryableRequestWithoutRedoOperation() {
        assertThat(plain.shouldRetry(new TargetDisconnectedException("gone"), false)).isFalse();
        assertThat(plain.shouldRetry(new IOException("reset by peer"), false)).isFalse();
    }

    @Test
    void aLostConnectionRetriesANonRetryableRequestWithRedoOperation() {
        assertThat(redo.shouldRetry(new TargetDisconnectedException("gone"), false)).isTrue();
        assertThat(redo.shouldRetry(new IOException("reset by peer"), false)).isTrue();
    }

    @Test
    void aCallForAMemberWithoutAConnectionIsNotRetriedEvenWithRedoOperation() {
        MemberNotConnectedException e = new MemberNotConnectedException("no connection to member m");
        assertThat(plain.shouldRetry(e, true)).isFalse();
        assertThat(redo.shouldRetry(e, true)).isFalse();
    }

    @Test
    void anIndeterminateCallIsRetriedOnlyWithRedoOperation() {
        IndeterminateOperationStateException e = new IndeterminateOperationStateException("owner lost");
        assertThat(plain.shouldRetry(e, true)).isFalse();
        assertThat(redo.shouldRetry(e, false)).isTrue();
    }

    @Test
    void anythingElseIsNotRetried() {
        RemoteException notRetryable = new RemoteException(RemoteErrors.ILLEGAL_ARGUMENT + 100, "com.x.Boom", "boom");
        assertThat(redo.shouldRetry(notRetryable, true)).isFalse();
        assertThat(redo.shouldRetry(new IllegalArgumentException("bad"), true)).isFalse();
        assertThat(redo.shouldRetry(new OperationTimeoutException("late"), true)).isFalse();
        assertThat(redo.shouldRetry(new ClientOfflineException("offline"), true))
                .as("offline fails fast: it is not a lost connection").isFalse();
    }
}
