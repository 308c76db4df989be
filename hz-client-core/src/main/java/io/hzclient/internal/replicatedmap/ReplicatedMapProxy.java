package io.hzclient.internal.replicatedmap;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.map.EntryEventHandler;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.proxy.PendingCall;
import io.hzclient.internal.proxy.ProxyBase;
import io.hzclient.internal.serialization.Data;
import io.hzclient.map.EntryListener;
import io.hzclient.replicatedmap.HzReplicatedMap;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import static io.hzclient.internal.proxy.Durations.requiredMillis;

/**
 * The client side of a replicated map: each operation a few lines (check, serialize, {@link ReplicatedMapCodec},
 * send). Whole-map reads go to one partition picked at random when first needed, as the official clients do, so
 * that the clients of a cluster spread those reads over its members.
 */
public final class ReplicatedMapProxy<K, V> extends ProxyBase implements HzReplicatedMap<K, V> {
    public static final String SERVICE_NAME = "hz:impl:replicatedMapService";

    /** The answers that are a value, as the caller's value: made once, so that a call makes no operation. */
    private final Operation<V> putValue = ReplicatedMapCodec.PUT.then(this::toObject);
    private final Operation<V> getValue = ReplicatedMapCodec.GET.then(this::toObject);
    private final Operation<V> removeValue = ReplicatedMapCodec.REMOVE.then(this::toObject);
    /** The partition whole-map reads go to; -1 until the first (the partition count is known once connected). */
    private volatile int readPartition = -1;

    public ReplicatedMapProxy(String name, ClientContext context) {
        super(SERVICE_NAME, name, context);
    }

    @Override
    public V put(K key, V value) {
        return putCall(key, value, Duration.ZERO).sync();
    }

    @Override
    public V put(K key, V value, Duration ttl) {
        return putCall(key, value, ttl).sync();
    }

    @Override
    public CompletableFuture<V> putAsync(K key, V value) {
        return putCall(key, value, Duration.ZERO).async(context.userExecutor());
    }

    @Override
    public CompletableFuture<V> putAsync(K key, V value, Duration ttl) {
        return putCall(key, value, ttl).async(context.userExecutor());
    }

    private Call<V> putCall(K key, V value, Duration ttl) {
        Data k = keyData(key);
        Data v = valueData(value);
        long ttlMillis = requiredMillis(ttl, "ttl");
        return invoke(ReplicatedMapCodec.put(name, k, v, ttlMillis).as(putValue));
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> entries) {
        checkNotNull(entries, "entries");
        List<Map.Entry<Data, Data>> data = new ArrayList<>(entries.size());
        entries.forEach((key, value) -> data.add(new AbstractMap.SimpleImmutableEntry<>(keyData(key),
                valueData(value))));
        invoke(ReplicatedMapCodec.putAll(name, data)).sync();
    }

    @Override
    public V get(Object key) {
        return getCall(key).sync();
    }

    @Override
    public CompletableFuture<V> getAsync(K key) {
        return getCall(key).async(context.userExecutor());
    }

    private Call<V> getCall(Object key) {
        Data k = keyData(key);
        return invoke(ReplicatedMapCodec.get(name, k).as(getValue));
    }

    @Override
    public V remove(Object key) {
        return removeCall(key).sync();
    }

    @Override
    public CompletableFuture<V> removeAsync(K key) {
        return removeCall(key).async(context.userExecutor());
    }

    private Call<V> removeCall(Object key) {
        Data k = keyData(key);
        return invoke(ReplicatedMapCodec.remove(name, k).as(removeValue));
    }

    @Override
    public boolean containsKey(Object key) {
        Data k = keyData(key);
        return invoke(ReplicatedMapCodec.containsKey(name, k)).sync();
    }

    @Override
    public boolean containsValue(Object value) {
        Data v = valueData(value);
        return invoke(ReplicatedMapCodec.containsValue(name, v, readPartition())).sync();
    }

    @Override
    public int size() {
        return invoke(ReplicatedMapCodec.size(name, readPartition())).sync();
    }

    @Override
    public boolean isEmpty() {
        return invoke(ReplicatedMapCodec.isEmpty(name, readPartition())).sync();
    }

    @Override
    public void clear() {
        invoke(ReplicatedMapCodec.clear(name)).sync();
    }

    @Override
    public Set<K> keySet() {
        return invoke(ReplicatedMapCodec.keySet(name, readPartition()).then(data -> {
            Set<K> keys = new LinkedHashSet<>();
            data.forEach(d -> keys.add(toObject(d)));
            return Collections.unmodifiableSet(keys);
        })).sync();
    }

    @Override
    public Collection<V> values() {
        return invoke(ReplicatedMapCodec.values(name, readPartition()).then(data -> {
            List<V> values = new ArrayList<>(data.size());
            data.forEach(d -> values.add(toObject(d)));
            return Collections.unmodifiableList(values);
        })).sync();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return invoke(ReplicatedMapCodec.entrySet(name, readPartition()).then(data -> {
            Set<Map.Entry<K, V>> entries = new LinkedHashSet<>();
            for (Map.Entry<Data, Data> e : data) {
                entries.add(new AbstractMap.SimpleImmutableEntry<>(toObject(e.getKey()), toObject(e.getValue())));
            }
            return Collections.unmodifiableSet(entries);
        })).sync();
    }

    // ---- listeners (registered through the listener service, on every member, again after a reconnect)

    @Override
    public UUID addEntryListener(EntryListener<K, V> listener) {
        return addEntryListenerCall(listener, null);
    }

    @Override
    public UUID addEntryListener(EntryListener<K, V> listener, K key) {
        return addEntryListenerCall(listener, checkNotNull(key, "key"));
    }

    /** {@code key}: the one key to listen to, or null for every key. */
    private UUID addEntryListenerCall(EntryListener<K, V> listener, K key) {
        checkNotNull(listener, "listener");
        Data k = key == null ? null : keyData(key);
        return new PendingCall<>(context.listeners().register(new ReplicatedMapListenerCodec(name, k),
                EntryEventHandler.forEvents(name, listener, context.serialization(), ReplicatedMapCodec.ENTRY_EVENT,
                        ReplicatedMapCodec.ENTRY_EVENT_TO_KEY)), Function.<UUID>identity()).sync();
    }

    @Override
    public boolean removeEntryListener(UUID registrationId) {
        return new PendingCall<>(context.listeners().deregister(checkNotNull(registrationId, "registrationId")),
                Function.<Boolean>identity()).sync();
    }

    // ---- the few lines every call shares

    private int readPartition() {
        int p = readPartition;
        if (p < 0) {
            p = ThreadLocalRandom.current().nextInt(context.partitions().partitionCount());
            readPartition = p;
        }
        return p;
    }

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
}
