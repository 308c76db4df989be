package io.hzclient.internal.invocation;

import io.hzclient.HzClientException;
import io.hzclient.OperationTimeoutException;
import io.hzclient.RemoteException;
import io.hzclient.TargetDisconnectedException;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.Frame;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Error responses built frame by frame as a member sends them (spec 5.8, ErrorHolder list). */
class RemoteErrorsTest {

    @Test
    void jdkExceptionsAUserExpectsKeepTheServerClassName() {
        assertThat(map(23, "java.lang.IllegalArgumentException", "bad ttl"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad ttl").hasMessageContaining("java.lang.IllegalArgumentException");
        assertThat(map(26, "java.lang.IllegalMonitorStateException", "not the owner"))
                .isExactlyInstanceOf(IllegalMonitorStateException.class).hasMessageContaining("not the owner");
        assertThat(map(27, "java.lang.IllegalStateException", "state"))
                .isExactlyInstanceOf(IllegalStateException.class);
        assertThat(map(29, "java.lang.IndexOutOfBoundsException", "Index: 5, Size: 2"))
                .isExactlyInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("Index: 5, Size: 2")
                .hasMessageContaining("java.lang.IndexOutOfBoundsException");
        assertThat(map(1, "java.lang.ArrayIndexOutOfBoundsException", "-1"))
                .isExactlyInstanceOf(IndexOutOfBoundsException.class);
        assertThat(map(61, "java.lang.UnsupportedOperationException", "no"))
                .isExactlyInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void timeoutAndDisconnectCodesBecomeTheClientsOwnTypes() {
        assertThat(map(38, "com.hazelcast.core.OperationTimeoutException", "slow"))
                .isExactlyInstanceOf(OperationTimeoutException.class)
                .hasMessageContaining("com.hazelcast.core.OperationTimeoutException").hasMessageContaining("slow");
        assertThat(map(52, "com.hazelcast.spi.exception.TargetDisconnectedException", "gone"))
                .isExactlyInstanceOf(TargetDisconnectedException.class);
        assertThat(map(33, "com.hazelcast.core.MemberLeftException", "left"))
                .isExactlyInstanceOf(TargetDisconnectedException.class).hasMessageContaining("MemberLeftException");
    }

    @Test
    void otherCodesBecomeRemoteExceptionWithCodeClassAndMessage() {
        RuntimeException e = map(39, "com.hazelcast.spi.exception.PartitionMigratingException", "migrating");
        assertThat(e).isExactlyInstanceOf(RemoteException.class);
        RemoteException r = (RemoteException) e;
        assertThat(r.getErrorCode()).isEqualTo(39);
        assertThat(r.getServerClassName()).isEqualTo("com.hazelcast.spi.exception.PartitionMigratingException");
        assertThat(r).hasMessageContaining("migrating");
        assertThat(RemoteErrors.isRetryable(r)).isTrue();
        assertThat(RemoteErrors.isRetryable(map(0, "com.x.Unknown", "?"))).isFalse();
    }

    @Test
    void aNullMessageFallsBackToTheClassName() {
        assertThat(map(27, "java.lang.IllegalStateException", null)).hasMessageContaining("java.lang.IllegalStateException");
    }

    @Test
    void laterErrorsOfTheListBecomeCauses() {
        RuntimeException e = RemoteErrors.toException(errorResponse(
                new Object[] {0, "com.x.Outer", "outer"}, new Object[] {23, "java.lang.IllegalArgumentException", "inner"}));
        assertThat(e).isInstanceOf(RemoteException.class).hasMessageContaining("outer");
        assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inner");
    }

    @Test
    void anEmptyErrorListStillGivesAClearException() {
        assertThat(RemoteErrors.toException(errorResponse())).isExactlyInstanceOf(HzClientException.class)
                .hasMessageContaining("names no error");
    }

    private static RuntimeException map(int code, String className, String message) {
        return RemoteErrors.toException(errorResponse(new Object[] {code, className, message}));
    }

    /** Each error: {code, className, message or null}; the stack trace list is empty. */
    private static ClientMessage errorResponse(Object[]... errors) {
        List<Frame> frames = new ArrayList<>();
        frames.add(new Frame(new byte[ClientMessage.RESPONSE_HEADER_SIZE], Frame.UNFRAGMENTED));
        frames.add(Frame.beginFrame());
        for (Object[] e : errors) {
            frames.add(Frame.beginFrame());
            byte[] fixed = new byte[4];
            FixedSizes.writeInt(fixed, 0, (Integer) e[0]);
            frames.add(new Frame(fixed));
            frames.add(new Frame(((String) e[1]).getBytes(StandardCharsets.UTF_8)));
            frames.add(e[2] == null ? Frame.nullFrame() : new Frame(((String) e[2]).getBytes(StandardCharsets.UTF_8)));
            frames.add(Frame.beginFrame()); // stack trace elements: none
            frames.add(Frame.endFrame());
            frames.add(Frame.endFrame());
        }
        Frame end = Frame.endFrame();
        frames.add(new Frame(end.content, end.flags | Frame.IS_FINAL));
        ClientMessage m = new ClientMessage(frames);
        assertThat(m.isError()).isTrue();
        return m;
    }
}
