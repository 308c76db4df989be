package io.hzclient.internal.multimap;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.invocation.Pending;
import io.hzclient.internal.map.EntryEventHandler;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.proxy.PendingCall;
import io.hzclient.internal.proxy.ProxyBase;
import io.hzclient.internal.serialization.Data;
import io.hzclient.map.EntryEventType;
import io.hzclient.map.EntryListener;
import io.hzclient.multimap.HzMultiMap;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static io.hzclient.internal.proxy.Durations.requiredMillis;

/**
 * The client side of a distributed multimap. Each operation is one private {@code xxxCall} method in four beats
 * (check the arguments, serialize, build the {@link Call} with {@link MultiMapCodec}, send it); its blocking form is
 * {@code xxxCall(...).sync()}, its async form {@code xxxCall(...).async(userExecutor)}.
 *
 * <p>Why this class is longer than 400 lines: {@link HzMultiMap} is a large API (collections, locks, listeners, each
 * twice), and every method here is a few lines of translation.
 */
public final class MultiMapProxy<K, V> extends ProxyBase implements HzMultiMap<K, V> {
    public static final String SERVICE_NAME = "hz:impl:multiMapService";

    /** Lock reference ids: unique per JVM, hence per client, so a retried lock or unlock is applied once. */
    private static final AtomicLong REFERENCE_IDS = new AtomicLong();

    private final Function<List<Data>, Collection<V>> toValues = this::toValues;
    /** The answers that are a key's values, as the caller's values: made once, so that a call makes no operation. */
    private final Operation<Collection<V>> getValues = MultiMapCodec.GET.then(toValues);
    private final Operation<Collection<V>> removeValues = MultiMapCodec.REMOVE.then(toValues);

    public MultiMapProxy(String name, ClientContext context) {
        super(SERVICE_NAME, name, context);
    }

    // ---- writes

    @Override
    public boolean put(K key, V value) {
        return putCall(key, value).sync();
    }

    @Override
    public CompletableFuture<Boolean> putAsync(K key, V value) {
        return putCall(key, value).async(context.userExecutor());
    }

    private Call<Boolean> putCall(K key, V value) {
        Data k = keyData(key);
        Data v = valueData(value);
        return invoke(MultiMapCodec.put(name, k, v, threadId()));
    }

    @Override
    public void putAll(Map<? extends K, ? extends Collection<? extends V>> entries) {
        putAllCall(entries).sync();
    }

    @Override
    public CompletableFuture<Void> putAllAsync(Map<? extends K, ? extends Collection<? extends V>> entries) {
        return putAllCall(entries).async(context.userExecutor());
    }

    /** One call per partition, with that partition's keys and their values; all serialized before any is sent. */
    private Pending<Void> putAllCall(Map<? extends K, ? extends Collection<? extends V>> entries) {
        checkNotNull(entries, "entries");
        Map<Integer, List<Map.Entry<Data, List<Data>>>> byPartition = new HashMap<>();
        entries.forEach((key, values) -> {
            Data k = keyData(key);
            List<Data> vs = new ArrayList<>();
            for (V value : checkNotNull(values, "the values of key " + key)) {
                vs.add(valueData(value));
            }
            byPartition.computeIfAbsent(context.partitions().partitionId(k), p -> new ArrayList<>())
                    .add(new AbstractMap.SimpleImmutableEntry<>(k, vs));
        });
        List<Call<Void>> calls = new ArrayList<>(byPartition.size());
        byPartition.forEach((partition, partitionEntries) ->
                calls.add(MultiMapCodec.putAll(name, partitionEntries, partition)));
        return new PendingCall<>(context.invocations().invokeAll(calls), done -> null);
    }

    @Override
    public boolean remove(K key, V value) {
        return removeEntryCall(key, value).sync();
    }

    @Override
    public CompletableFuture<Boolean> removeAsync(K key, V value) {
        return removeEntryCall(key, value).async(context.userExecutor());
    }

    private Call<Boolean> removeEntryCall(K key, V value) {
        Data k = keyData(key);
        Data v = valueData(value);
        return invoke(MultiMapCodec.removeEntry(name, k, v, threadId()));
    }

    @Override
    public Collection<V> remove(K key) {
        return removeCall(key).sync();
    }

    @Override
    public CompletableFuture<Collection<V>> removeAsync(K key) {
        return removeCall(key).async(context.userExecutor());
    }

    private Call<Collection<V>> removeCall(K key) {
        Data k = keyData(key);
        return invoke(MultiMapCodec.remove(name, k, threadId()).as(removeValues));
    }

    @Override
    public void delete(K key) {
        deleteCall(key).sync();
    }

    @Override
    public CompletableFuture<Void> deleteAsync(K key) {
        return deleteCall(key).async(context.userExecutor());
    }

    private Call<Void> deleteCall(K key) {
        Data k = keyData(key);
        return invoke(MultiMapCodec.delete(name, k, threadId()));
    }

    @Override
    public void clear() {
        invoke(MultiMapCodec.clear(name)).sync();
    }

    // ---- reads

    @Override
    public Collection<V> get(K key) {
        return getCall(key).sync();
    }

    @Override
    public CompletableFuture<Collection<V>> getAsync(K key) {
        return getCall(key).async(context.userExecutor());
    }

    private Call<Collection<V>> getCall(K key) {
        Data k = keyData(key);
        return invoke(MultiMapCodec.get(name, k, threadId()).as(getValues));
    }

    @Override
    public Set<K> keySet() {
        return invoke(MultiMapCodec.keySet(name).then(data -> {
            Set<K> keys = new LinkedHashSet<>();
            data.forEach(d -> keys.add(toObject(d)));
            return Collections.unmodifiableSet(keys);
        })).sync();
    }

    @Override
    public Collection<V> values() {
        return invoke(MultiMapCodec.values(name).then(toValues)).sync();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return invoke(MultiMapCodec.entrySet(name).then(data -> {
            Set<Map.Entry<K, V>> entries = new LinkedHashSet<>();
            for (Map.Entry<Data, Data> e : data) {
                entries.add(new AbstractMap.SimpleImmutableEntry<>(toObject(e.getKey()), toObject(e.getValue())));
            }
            return Collections.unmodifiableSet(entries);
        })).sync();
    }

    @Override
    public boolean containsKey(K key) {
        return containsKeyCall(key).sync();
    }

    @Override
    public CompletableFuture<Boolean> containsKeyAsync(K key) {
        return containsKeyCall(key).async(context.userExecutor());
    }

    private Call<Boolean> containsKeyCall(K key) {
        Data k = keyData(key);
        return invoke(MultiMapCodec.containsKey(name, k, threadId()));
    }

    @Override
    public boolean containsValue(V value) {
        Data v = valueData(value);
        return invoke(MultiMapCodec.containsValue(name, v)).sync();
    }

    @Override
    public boolean containsEntry(K key, V value) {
        return containsEntryCall(key, value).sync();
    }

    @Override
    public CompletableFuture<Boolean> containsEntryAsync(K key, V value) {
        return containsEntryCall(key, value).async(context.userExecutor());
    }

    private Call<Boolean> containsEntryCall(K key, V value) {
        Data k = keyData(key);
        Data v = valueData(value);
        return invoke(MultiMapCodec.containsEntry(name, k, v, threadId()));
    }

    @Override
    public int size() {
        return invoke(MultiMapCodec.size(name)).sync();
    }

    @Override
    public int valueCount(K key) {
        return valueCountCall(key).sync();
    }

    @Override
    public CompletableFuture<Integer> valueCountAsync(K key) {
        return valueCountCall(key).async(context.userExecutor());
    }

    private Call<Integer> valueCountCall(K key) {
        Data k = keyData(key);
        return invoke(MultiMapCodec.valueCount(name, k, threadId()));
    }

    // ---- locks (their calls may wait on the member as long as they need: see MultiMapCodec.LOCK)

    @Override
    public void lock(K key) {
        lockCall(key, null).sync();
    }

    @Override
    public void lock(K key, Duration lease) {
        lockCall(key, checkNotNull(lease, "lease")).sync();
    }

    @Override
    public CompletableFuture<Void> lockAsync(K key) {
        return lockCall(key, null).async(context.userExecutor());
    }

    @Override
    public CompletableFuture<Void> lockAsync(K key, Duration lease) {
        return lockCall(key, checkNotNull(lease, "lease")).async(context.userExecutor());
    }

    /** {@code lease}: null for none. */
    private Call<Void> lockCall(K key, Duration lease) {
        Data k = keyData(key);
        long leaseMillis = lease == null ? -1 : requiredMillis(lease, "lease");
        return invoke(MultiMapCodec.lock(name, k, threadId(), leaseMillis, nextReferenceId()));
    }

    @Override
    public boolean tryLock(K key) {
        return tryLockCall(key, Duration.ZERO, null).sync();
    }

    @Override
    public boolean tryLock(K key, Duration timeout) {
        return tryLockCall(key, timeout, null).sync();
    }

    @Override
    public boolean tryLock(K key, Duration timeout, Duration lease) {
        return tryLockCall(key, timeout, checkNotNull(lease, "lease")).sync();
    }

    @Override
    public CompletableFuture<Boolean> tryLockAsync(K key, Duration timeout) {
        return tryLockCall(key, timeout, null).async(context.userExecutor());
    }

    @Override
    public CompletableFuture<Boolean> tryLockAsync(K key, Duration timeout, Duration lease) {
        return tryLockCall(key, timeout, checkNotNull(lease, "lease")).async(context.userExecutor());
    }

    /** {@code lease}: null for none. */
    private Call<Boolean> tryLockCall(K key, Duration timeout, Duration lease) {
        Data k = keyData(key);
        long wait = requiredMillis(timeout, "timeout");
        long leaseMillis = lease == null ? -1 : requiredMillis(lease, "lease");
        return invoke(MultiMapCodec.tryLock(name, k, threadId(), leaseMillis, wait, nextReferenceId()));
    }

    @Override
    public void unlock(K key) {
        unlockCall(key).sync();
    }

    @Override
    public CompletableFuture<Void> unlockAsync(K key) {
        return unlockCall(key).async(context.userExecutor());
    }

    private Call<Void> unlockCall(K key) {
        Data k = keyData(key);
        return invoke(MultiMapCodec.unlock(name, k, threadId(), nextReferenceId()));
    }

    @Override
    public boolean isLocked(K key) {
        return isLockedCall(key).sync();
    }

    @Override
    public CompletableFuture<Boolean> isLockedAsync(K key) {
        return isLockedCall(key).async(context.userExecutor());
    }

    private Call<Boolean> isLockedCall(K key) {
        Data k = keyData(key);
        return invoke(MultiMapCodec.isLocked(name, k));
    }

    @Override
    public void forceUnlock(K key) {
        forceUnlockCall(key).sync();
    }

    @Override
    public CompletableFuture<Void> forceUnlockAsync(K key) {
        return forceUnlockCall(key).async(context.userExecutor());
    }

    private Call<Void> forceUnlockCall(K key) {
        Data k = keyData(key);
        return invoke(MultiMapCodec.forceUnlock(name, k, nextReferenceId()));
    }

    // ---- listeners (registered through the listener service, on every member, again after a reconnect)

    @Override
    public UUID addEntryListener(EntryListener<K, V> listener, boolean includeValue) {
        return addEntryListenerCall(listener, null, includeValue);
    }

    @Override
    public UUID addEntryListener(EntryListener<K, V> listener, K key, boolean includeValue) {
        return addEntryListenerCall(listener, checkNotNull(key, "key"), includeValue);
    }

    /** {@code key}: the one key to listen to, or null for every key. */
    private UUID addEntryListenerCall(EntryListener<K, V> listener, K key, boolean includeValue) {
        checkNotNull(listener, "listener");
        if (EntryEventType.flagsOf(checkNotNull(listener.eventTypes(), "listener.eventTypes()")) == 0) {
            throw new IllegalArgumentException("the listener asks for no event: override at least one of its"
                    + " methods (entryAdded, entryRemoved, mapCleared)");
        }
        Data k = key == null ? null : keyData(key);
        return new PendingCall<>(context.listeners().register(new MultiMapListenerCodec(name, k, includeValue),
                EntryEventHandler.forEvents(name, listener, context.serialization(), MultiMapCodec.ENTRY_EVENT,
                        MultiMapCodec.ENTRY_EVENT_TO_KEY)), Function.<UUID>identity()).sync();
    }

    @Override
    public boolean removeEntryListener(UUID registrationId) {
        return new PendingCall<>(context.listeners().deregister(checkNotNull(registrationId, "registrationId")),
                Function.<Boolean>identity()).sync();
    }

    // ---- the few lines every call shares

    private Data keyData(Object key) {
        return context.serialization().toData(checkNotNull(key, "key"));
    }

    private Data valueData(Object value) {
        return context.serialization().toData(checkNotNull(value, "value"));
    }

    private <T> Call<T> invoke(Call<T> call) {
        return context.invocations().invoke(call);
    }

    private <T> T toObject(Data data) {
        return context.serialization().toObject(data);
    }

    private Collection<V> toValues(List<Data> data) {
        List<V> values = new ArrayList<>(data.size());
        data.forEach(d -> values.add(toObject(d)));
        return Collections.unmodifiableList(values);
    }

    private static long nextReferenceId() {
        return REFERENCE_IDS.incrementAndGet();
    }

    private static long threadId() {
        return Thread.currentThread().getId();
    }
}
