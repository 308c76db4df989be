package io.hzclient.internal.transaction;

import io.hzclient.internal.proxy.Durations;
import io.hzclient.internal.serialization.Data;
import io.hzclient.query.PagingPredicate;
import io.hzclient.query.PartitionPredicate;
import io.hzclient.query.Predicate;
import io.hzclient.transaction.TransactionalMap;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A map in a transaction: each method checks its arguments, serializes, builds its call and has the transaction
 * send it.
 */
final class TransactionalMapProxy<K, V> extends TxnProxy implements TransactionalMap<K, V> {

    TransactionalMapProxy(String name, ClientTransactionContext tx) {
        super(name, tx);
    }

    @Override
    public V get(K key) {
        Data k = toData(key, "key");
        return toObject(tx.call(TransactionalMapCodec.get(name, tx.txnId(), tx.threadId(), k)));
    }

    @Override
    public V getForUpdate(K key) {
        Data k = toData(key, "key");
        return toObject(tx.call(TransactionalMapCodec.getForUpdate(name, tx.txnId(), tx.threadId(), k)));
    }

    @Override
    public boolean containsKey(K key) {
        Data k = toData(key, "key");
        return tx.call(TransactionalMapCodec.containsKey(name, tx.txnId(), tx.threadId(), k));
    }

    @Override
    public int size() {
        return tx.call(TransactionalMapCodec.size(name, tx.txnId(), tx.threadId()));
    }

    @Override
    public boolean isEmpty() {
        return tx.call(TransactionalMapCodec.isEmpty(name, tx.txnId(), tx.threadId()));
    }

    @Override
    public V put(K key, V value) {
        return put(key, value, -1);
    }

    @Override
    public V put(K key, V value, Duration ttl) {
        return put(key, value, Durations.requiredMillis(ttl, "ttl"));
    }

    private V put(K key, V value, long ttlMillis) {
        Data k = toData(key, "key");
        Data v = toData(value, "value");
        return toObject(tx.call(TransactionalMapCodec.put(name, tx.txnId(), tx.threadId(), k, v, ttlMillis)));
    }

    @Override
    public void set(K key, V value) {
        Data k = toData(key, "key");
        Data v = toData(value, "value");
        tx.call(TransactionalMapCodec.set(name, tx.txnId(), tx.threadId(), k, v));
    }

    @Override
    public V putIfAbsent(K key, V value) {
        Data k = toData(key, "key");
        Data v = toData(value, "value");
        return toObject(tx.call(TransactionalMapCodec.putIfAbsent(name, tx.txnId(), tx.threadId(), k, v)));
    }

    @Override
    public V replace(K key, V value) {
        Data k = toData(key, "key");
        Data v = toData(value, "value");
        return toObject(tx.call(TransactionalMapCodec.replace(name, tx.txnId(), tx.threadId(), k, v)));
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        Data k = toData(key, "key");
        Data oldV = toData(oldValue, "oldValue");
        Data newV = toData(newValue, "newValue");
        return tx.call(TransactionalMapCodec.replaceIfSame(name, tx.txnId(), tx.threadId(), k, oldV, newV));
    }

    @Override
    public V remove(K key) {
        Data k = toData(key, "key");
        return toObject(tx.call(TransactionalMapCodec.remove(name, tx.txnId(), tx.threadId(), k)));
    }

    @Override
    public boolean remove(K key, V value) {
        Data k = toData(key, "key");
        Data v = toData(value, "value");
        return tx.call(TransactionalMapCodec.removeIfSame(name, tx.txnId(), tx.threadId(), k, v));
    }

    @Override
    public void delete(K key) {
        Data k = toData(key, "key");
        tx.call(TransactionalMapCodec.delete(name, tx.txnId(), tx.threadId(), k));
    }

    @Override
    public Set<K> keySet() {
        return toSet(tx.call(TransactionalMapCodec.keySet(name, tx.txnId(), tx.threadId())));
    }

    @Override
    public Set<K> keySet(Predicate<K, V> predicate) {
        Data p = predicateData(predicate);
        return toSet(tx.call(TransactionalMapCodec.keySetWithPredicate(name, tx.txnId(), tx.threadId(), p)));
    }

    @Override
    public Collection<V> values() {
        return toObjects(tx.call(TransactionalMapCodec.values(name, tx.txnId(), tx.threadId())));
    }

    @Override
    public Collection<V> values(Predicate<K, V> predicate) {
        Data p = predicateData(predicate);
        return toObjects(tx.call(TransactionalMapCodec.valuesWithPredicate(name, tx.txnId(), tx.threadId(), p)));
    }

    private Data predicateData(Predicate<K, V> predicate) {
        if (predicate instanceof PagingPredicate<?, ?> || predicate instanceof PartitionPredicate<?, ?>) {
            throw new IllegalArgumentException("a transactional map's keySet and values take a plain predicate, not "
                    + "a paging or partition predicate");
        }
        return toData(predicate, "predicate");
    }

    private Set<K> toSet(List<Data> keys) {
        Set<K> set = new LinkedHashSet<>(keys.size() * 2);
        for (Data d : keys) {
            set.add(tx.serialization().toObject(d));
        }
        return Collections.unmodifiableSet(set);
    }
}
