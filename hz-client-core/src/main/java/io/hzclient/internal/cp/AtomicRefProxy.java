package io.hzclient.internal.cp;

import io.hzclient.cp.CPGroupId;
import io.hzclient.cp.HzAtomicReference;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.serialization.Data;

import java.util.concurrent.CompletableFuture;

/**
 * The client side of a CP atomic reference: values serialized here and compared serialized on the members; each
 * operation one call, defined once, run sync or async.
 */
final class AtomicRefProxy<E> extends CPProxy implements HzAtomicReference<E> {
    static final String SERVICE_NAME = "hz:raft:atomicRefService";
    /** What apply answers: nothing, the value before, or the value after (the function's result). */
    private static final int NO_VALUE = 0;
    private static final int OLD_VALUE = 1;
    private static final int NEW_VALUE = 2;

    AtomicRefProxy(CPNames names, CPGroupId groupId, CPSubsystemContext context, Runnable forget) {
        super(SERVICE_NAME, names, groupId, context, forget);
    }

    private Data data(Object value) {
        return value == null ? null : serialization.toData(value);
    }

    private Call<E> getCall() {
        return invoke(AtomicRefCodec.get(groupId, objectName)).then(serialization::<E>toObject);
    }

    private Call<E> setCall(E newValue, boolean returnOld) {
        return invoke(AtomicRefCodec.set(groupId, objectName, data(newValue), returnOld))
                .then(serialization::<E>toObject);
    }

    private Call<Boolean> compareAndSetCall(E expected, E updated) {
        return invoke(AtomicRefCodec.compareAndSet(groupId, objectName, data(expected), data(updated)));
    }

    private Call<Boolean> containsCall(E value) {
        return invoke(AtomicRefCodec.contains(groupId, objectName, data(value)));
    }

    @Override
    public E get() {
        return getCall().sync();
    }

    @Override
    public CompletableFuture<E> getAsync() {
        return getCall().async(userExecutor);
    }

    @Override
    public void set(E newValue) {
        setCall(newValue, false).sync();
    }

    @Override
    public CompletableFuture<Void> setAsync(E newValue) {
        return setCall(newValue, false).async(userExecutor).thenApply(none -> null);
    }

    @Override
    public E getAndSet(E newValue) {
        return setCall(newValue, true).sync();
    }

    @Override
    public CompletableFuture<E> getAndSetAsync(E newValue) {
        return setCall(newValue, true).async(userExecutor);
    }

    @Override
    public boolean compareAndSet(E expected, E updated) {
        return compareAndSetCall(expected, updated).sync();
    }

    @Override
    public CompletableFuture<Boolean> compareAndSetAsync(E expected, E updated) {
        return compareAndSetCall(expected, updated).async(userExecutor);
    }

    @Override
    public boolean isNull() {
        return containsCall(null).sync();
    }

    @Override
    public CompletableFuture<Boolean> isNullAsync() {
        return containsCall(null).async(userExecutor);
    }

    @Override
    public void clear() {
        set(null);
    }

    @Override
    public CompletableFuture<Void> clearAsync() {
        return setAsync(null);
    }

    @Override
    public boolean contains(E value) {
        return containsCall(value).sync();
    }

    @Override
    public CompletableFuture<Boolean> containsAsync(E value) {
        return containsCall(value).async(userExecutor);
    }

    private Call<E> applyCall(Object function, int returnValueType, boolean alter) {
        return invoke(AtomicRefCodec.apply(groupId, objectName, functionData(function), returnValueType, alter))
                .then(serialization::<E>toObject);
    }

    @Override
    public void alter(Object function) {
        applyCall(function, NO_VALUE, true).sync();
    }

    @Override
    public CompletableFuture<Void> alterAsync(Object function) {
        return applyCall(function, NO_VALUE, true).async(userExecutor).thenApply(none -> null);
    }

    @Override
    public E alterAndGet(Object function) {
        return applyCall(function, NEW_VALUE, true).sync();
    }

    @Override
    public CompletableFuture<E> alterAndGetAsync(Object function) {
        return applyCall(function, NEW_VALUE, true).async(userExecutor);
    }

    @Override
    public E getAndAlter(Object function) {
        return applyCall(function, OLD_VALUE, true).sync();
    }

    @Override
    public CompletableFuture<E> getAndAlterAsync(Object function) {
        return applyCall(function, OLD_VALUE, true).async(userExecutor);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R apply(Object function) {
        return (R) applyCall(function, NEW_VALUE, false).sync();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> CompletableFuture<R> applyAsync(Object function) {
        return (CompletableFuture<R>) applyCall(function, NEW_VALUE, false).async(userExecutor);
    }
}
