package io.hzclient.internal.cp;

import io.hzclient.cp.CPGroupId;
import io.hzclient.cp.HzCountDownLatch;
import io.hzclient.internal.invocation.Call;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The client side of a CP count-down latch. A count-down names the round it counts down (asked first), so that one
 * sent late, after the latch was released and set again, does not count down the new round; await and count-down
 * carry a new id each, which the group uses to apply a retried one once.
 */
final class CountDownLatchProxy extends CPProxy implements HzCountDownLatch {
    static final String SERVICE_NAME = "hz:raft:countDownLatchService";

    CountDownLatchProxy(CPNames names, CPGroupId groupId, CPSubsystemContext context, Runnable forget) {
        super(SERVICE_NAME, names, groupId, context, forget);
    }

    private Call<Boolean> trySetCountCall(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("the count must be positive, not " + count);
        }
        return invoke(CountDownLatchCodec.trySetCount(groupId, objectName, count));
    }

    private Call<Void> countDownCall(int round) {
        return invoke(CountDownLatchCodec.countDown(groupId, objectName, newInvocationUid(), round));
    }

    private Call<Integer> roundCall() {
        return invoke(CountDownLatchCodec.getRound(groupId, objectName));
    }

    private Call<Integer> getCountCall() {
        return invoke(CountDownLatchCodec.getCount(groupId, objectName));
    }

    private Call<Boolean> awaitCall(long timeout, TimeUnit unit) {
        long millis = Math.max(0, Objects.requireNonNull(unit, "unit must not be null").toMillis(timeout));
        return invoke(CountDownLatchCodec.await(groupId, objectName, newInvocationUid(), millis));
    }

    @Override
    public boolean trySetCount(int count) {
        return trySetCountCall(count).sync();
    }

    @Override
    public CompletableFuture<Boolean> trySetCountAsync(int count) {
        return trySetCountCall(count).async(userExecutor);
    }

    @Override
    public void countDown() {
        countDownCall(roundCall().sync()).sync();
    }

    @Override
    public CompletableFuture<Void> countDownAsync() {
        return roundCall().async(userExecutor).thenCompose(round -> countDownCall(round).async(userExecutor));
    }

    @Override
    public int getCount() {
        return getCountCall().sync();
    }

    @Override
    public CompletableFuture<Integer> getCountAsync() {
        return getCountCall().async(userExecutor);
    }

    @Override
    public boolean await(long timeout, TimeUnit unit) {
        return awaitCall(timeout, unit).sync();
    }

    @Override
    public CompletableFuture<Boolean> awaitAsync(long timeout, TimeUnit unit) {
        return awaitCall(timeout, unit).async(userExecutor);
    }
}
