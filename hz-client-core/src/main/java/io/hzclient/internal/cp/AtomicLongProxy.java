package io.hzclient.internal.cp;

import io.hzclient.cp.CPGroupId;
import io.hzclient.cp.HzAtomicLong;
import io.hzclient.internal.invocation.Call;

import java.util.concurrent.CompletableFuture;

/**
 * The client side of a CP atomic long: each operation is one call to its group (through any member), defined once
 * here and run in the caller's thread or, for the async forms, completed on the user executor.
 */
final class AtomicLongProxy extends CPProxy implements HzAtomicLong {
    static final String SERVICE_NAME = "hz:raft:atomicLongService";
    /** What alter answers: the value before, or after. */
    private static final int OLD_VALUE = 0;
    private static final int NEW_VALUE = 1;

    AtomicLongProxy(CPNames names, CPGroupId groupId, CPSubsystemContext context, Runnable forget) {
        super(SERVICE_NAME, names, groupId, context, forget);
    }

    private Call<Long> getCall() {
        return invoke(AtomicLongCodec.get(groupId, objectName));
    }

    private Call<Long> getAndSetCall(long newValue) {
        return invoke(AtomicLongCodec.getAndSet(groupId, objectName, newValue));
    }

    private Call<Boolean> compareAndSetCall(long expected, long updated) {
        return invoke(AtomicLongCodec.compareAndSet(groupId, objectName, expected, updated));
    }

    private Call<Long> addAndGetCall(long delta) {
        return invoke(AtomicLongCodec.addAndGet(groupId, objectName, delta));
    }

    private Call<Long> getAndAddCall(long delta) {
        return invoke(AtomicLongCodec.getAndAdd(groupId, objectName, delta));
    }

    @Override
    public long get() {
        return getCall().sync();
    }

    @Override
    public CompletableFuture<Long> getAsync() {
        return getCall().async(userExecutor);
    }

    @Override
    public void set(long newValue) {
        getAndSetCall(newValue).sync();
    }

    @Override
    public CompletableFuture<Void> setAsync(long newValue) {
        return getAndSetCall(newValue).async(userExecutor).thenApply(before -> null);
    }

    @Override
    public long getAndSet(long newValue) {
        return getAndSetCall(newValue).sync();
    }

    @Override
    public CompletableFuture<Long> getAndSetAsync(long newValue) {
        return getAndSetCall(newValue).async(userExecutor);
    }

    @Override
    public boolean compareAndSet(long expected, long updated) {
        return compareAndSetCall(expected, updated).sync();
    }

    @Override
    public CompletableFuture<Boolean> compareAndSetAsync(long expected, long updated) {
        return compareAndSetCall(expected, updated).async(userExecutor);
    }

    @Override
    public long addAndGet(long delta) {
        return addAndGetCall(delta).sync();
    }

    @Override
    public CompletableFuture<Long> addAndGetAsync(long delta) {
        return addAndGetCall(delta).async(userExecutor);
    }

    @Override
    public long getAndAdd(long delta) {
        return getAndAddCall(delta).sync();
    }

    @Override
    public CompletableFuture<Long> getAndAddAsync(long delta) {
        return getAndAddCall(delta).async(userExecutor);
    }

    @Override
    public long incrementAndGet() {
        return addAndGet(1);
    }

    @Override
    public CompletableFuture<Long> incrementAndGetAsync() {
        return addAndGetAsync(1);
    }

    @Override
    public long decrementAndGet() {
        return addAndGet(-1);
    }

    @Override
    public CompletableFuture<Long> decrementAndGetAsync() {
        return addAndGetAsync(-1);
    }

    @Override
    public long getAndIncrement() {
        return getAndAdd(1);
    }

    @Override
    public CompletableFuture<Long> getAndIncrementAsync() {
        return getAndAddAsync(1);
    }

    @Override
    public long getAndDecrement() {
        return getAndAdd(-1);
    }

    @Override
    public CompletableFuture<Long> getAndDecrementAsync() {
        return getAndAddAsync(-1);
    }

    private Call<Long> alterCall(Object function, int returnValueType) {
        return invoke(AtomicLongCodec.alter(groupId, objectName, functionData(function), returnValueType));
    }

    private <R> Call<R> applyCall(Object function) {
        return invoke(AtomicLongCodec.apply(groupId, objectName, functionData(function))).then(serialization::toObject);
    }

    @Override
    public void alter(Object function) {
        alterCall(function, NEW_VALUE).sync();
    }

    @Override
    public CompletableFuture<Void> alterAsync(Object function) {
        return alterCall(function, NEW_VALUE).async(userExecutor).thenApply(after -> null);
    }

    @Override
    public long alterAndGet(Object function) {
        return alterCall(function, NEW_VALUE).sync();
    }

    @Override
    public CompletableFuture<Long> alterAndGetAsync(Object function) {
        return alterCall(function, NEW_VALUE).async(userExecutor);
    }

    @Override
    public long getAndAlter(Object function) {
        return alterCall(function, OLD_VALUE).sync();
    }

    @Override
    public CompletableFuture<Long> getAndAlterAsync(Object function) {
        return alterCall(function, OLD_VALUE).async(userExecutor);
    }

    @Override
    public <R> R apply(Object function) {
        return this.<R>applyCall(function).sync();
    }

    @Override
    public <R> CompletableFuture<R> applyAsync(Object function) {
        return this.<R>applyCall(function).async(userExecutor);
    }
}
