package io.hzclient.internal.cp;

import io.hzclient.cp.CPGroupId;
import io.hzclient.cp.HzAtomicReference;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.SerializationService;

import java.util.concurrent.CompletableFuture;

/**
 * The client side of a CP atomic reference: values serialized here and compared serialized on the members; each
 * operation one call, defined once, run sync or async.
 */
final class AtomicRefProxy<E> extends CPProxy implements HzAtomicReference<E> {
    static final String SERVICE_NAME = "hz:raft:atomicRefService";

    private final SerializationService serialization;

    AtomicRefProxy(CPNames names, CPGroupId groupId, CPSubsystemContext context, Runnable forget) {
        super(SERVICE_NAME, names, groupId, context, forget);
        this.serialization = context.serialization();
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
}
