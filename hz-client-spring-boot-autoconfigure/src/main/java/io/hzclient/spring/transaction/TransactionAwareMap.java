package io.hzclient.spring.transaction;

import io.hzclient.HzClient;
import io.hzclient.query.Predicate;
import io.hzclient.transaction.TransactionalMap;

import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * A map that each call takes from the Hazelcast transaction the calling thread runs ({@link HzTransactions}), so
 * that one bean serves every {@code @Transactional} method:
 * <pre>{@code
 * @Bean
 * TransactionAwareMap<String, String> results(HzClient client) {
 *     return new TransactionAwareMap<>(client, "results");
 * }
 * }</pre>
 * Each method throws {@link IllegalStateException} when the thread runs no Hazelcast transaction of the client, and
 * otherwise what {@link TransactionalMap}'s does.
 *
 * @param <K> the type of the keys
 * @param <V> the type of the values
 */
public final class TransactionAwareMap<K, V> implements TransactionalMap<K, V> {
    private final HzClient client;
    private final String name;

    /**
     * The map of that name, in whichever transaction of the client the calling thread runs.
     *
     * @param client the client
     * @param name   the map's name
     */
    public TransactionAwareMap(HzClient client, String name) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.name = Objects.requireNonNull(name, "name must not be null");
    }

    private TransactionalMap<K, V> map() {
        return HzTransactions.map(client, name);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public V get(K key) {
        return map().get(key);
    }

    @Override
    public V getForUpdate(K key) {
        return map().getForUpdate(key);
    }

    @Override
    public boolean containsKey(K key) {
        return map().containsKey(key);
    }

    @Override
    public int size() {
        return map().size();
    }

    @Override
    public boolean isEmpty() {
        return map().isEmpty();
    }

    @Override
    public V put(K key, V value) {
        return map().put(key, value);
    }

    @Override
    public V put(K key, V value, Duration ttl) {
        return map().put(key, value, ttl);
    }

    @Override
    public void set(K key, V value) {
        map().set(key, value);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return map().putIfAbsent(key, value);
    }

    @Override
    public V replace(K key, V value) {
        return map().replace(key, value);
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        return map().replace(key, oldValue, newValue);
    }

    @Override
    public V remove(K key) {
        return map().remove(key);
    }

    @Override
    public boolean remove(K key, V value) {
        return map().remove(key, value);
    }

    @Override
    public void delete(K key) {
        map().delete(key);
    }

    @Override
    public Set<K> keySet() {
        return map().keySet();
    }

    @Override
    public Set<K> keySet(Predicate<K, V> predicate) {
        return map().keySet(predicate);
    }

    @Override
    public Collection<V> values() {
        return map().values();
    }

    @Override
    public Collection<V> values(Predicate<K, V> predicate) {
        return map().values(predicate);
    }

    @Override
    public String toString() {
        return "TransactionAwareMap{name=" + name + '}';
    }
}
