package io.hzclient.bench;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.collection.IQueue;
import com.hazelcast.collection.ISet;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.config.NearCacheConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.cp.IAtomicLong;
import com.hazelcast.cp.lock.FencedLock;
import com.hazelcast.aggregation.Aggregators;
import com.hazelcast.map.IMap;
import com.hazelcast.projection.Projections;
import com.hazelcast.query.PagingPredicate;
import com.hazelcast.query.Predicates;
import com.hazelcast.multimap.MultiMap;
import com.hazelcast.nearcache.NearCacheStats;
import com.hazelcast.sql.SqlResult;
import com.hazelcast.sql.SqlRow;
import com.hazelcast.sql.SqlService;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** The official Hazelcast Java client, with its defaults (the JVM it runs in decides the common pool's size). */
final class OfficialTarget implements Target {
    private final HazelcastInstance client;
    private final IMap<Integer, byte[]> map;
    private final MultiMap<Integer, byte[]> multiMap;
    private final IExecutorService executor;
    private final QueryBench.ReturnOne returnOne = new QueryBench.ReturnOne();

    OfficialTarget(String clusterName, List<String> addresses, String mapName) {
        ClientConfig config = new ClientConfig();
        config.setClusterName(clusterName);
        config.getNetworkConfig().setAddresses(addresses);
        NearCacheConfig nearCache = new NearCacheConfig(NEAR_CACHED).setInMemoryFormat(InMemoryFormat.BINARY)
                .setInvalidateOnChange(true);
        nearCache.getEvictionConfig().setEvictionPolicy(EvictionPolicy.LRU)
                .setMaxSizePolicy(MaxSizePolicy.ENTRY_COUNT).setSize(NEAR_CACHE_MAX_SIZE);
        config.addNearCacheConfig(nearCache);
        client = HazelcastClient.newHazelcastClient(config);
        map = client.getMap(mapName);
        multiMap = client.getMultiMap(MULTIMAP);
        executor = client.getExecutorService(EXECUTOR);
    }

    @Override
    public Object get(Integer key) {
        return map.get(key);
    }

    @Override
    public Object put(Integer key, byte[] value) {
        return map.put(key, value);
    }

    @Override
    public CompletionStage<?> getAsync(Integer key) {
        return map.getAsync(key);
    }

    @Override
    public CompletionStage<?> putAsync(Integer key, byte[] value) {
        return map.putAsync(key, value);
    }

    @Override
    public Map<?, ?> getAll(Set<Integer> keys) {
        return map.getAll(keys);
    }

    @Override
    public void putAll(Map<Integer, byte[]> entries) {
        map.putAll(entries);
    }

    @Override
    public Object multiMapPutGet(Integer key, byte[] value) {
        multiMap.put(key, value);
        return multiMap.get(key);
    }

    @Override
    public Object executorSubmit(Integer key) {
        try {
            return executor.submitToKeyOwner(returnOne, key).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public NearCached nearCached(String mapName) {
        IMap<Integer, byte[]> nc = client.getMap(mapName);
        return new NearCached() {
            @Override
            public Object get(Integer key) {
                return nc.get(key);
            }

            @Override
            public Map<?, ?> getAll(Set<Integer> keys) {
                return nc.getAll(keys);
            }

            @Override
            public long nearCacheEntries() {
                NearCacheStats stats = nc.getLocalMapStats().getNearCacheStats();
                return stats == null ? -1 : stats.getOwnedEntryCount();
            }
        };
    }

    @Override
    public Sql sql() {
        SqlService sql = client.getSql();
        return new Sql() {
            @Override
            public int selectRows() {
                int rows = 0;
                try (SqlResult result = sql.execute(QueryBench.SQL_SELECT_ROWS)) {
                    for (SqlRow row : result) {
                        row.getObject(0);
                        row.getObject(1);
                        rows++;
                    }
                }
                return rows;
            }

            @Override
            public Object selectByKey(int key) {
                try (SqlResult result = sql.execute(QueryBench.SQL_SELECT_BY_KEY, key)) {
                    return result.iterator().next().getObject(0);
                }
            }
        };
    }

    @Override
    public Queries queries() {
        IMap<Integer, Integer> q = client.getMap(QueryBench.MAP);
        QueryBench.ReadValue processor = new QueryBench.ReadValue();
        return new Queries() {
            @Override
            public Object valuesEqual(int value) {
                return q.values(Predicates.equal("this", value));
            }

            @Override
            public Object sum() {
                return q.aggregate(Aggregators.integerSum("this"));
            }

            @Override
            public Object project() {
                return q.project(Projections.singleAttribute("this"));
            }

            @Override
            public Object executeOnEntries() {
                return q.executeOnEntries(processor);
            }

            private PagingPredicate<Integer, Integer> paging = Predicates.pagingPredicate(QueryBench.PAGE_SIZE);

            @Override
            public int nextPage() {
                if (paging.getPage() == QueryBench.ENTRIES / QueryBench.PAGE_SIZE) {
                    paging = Predicates.pagingPredicate(QueryBench.PAGE_SIZE);
                }
                int read = q.keySet(paging).size();
                paging.nextPage();
                return read;
            }
        };
    }

    @Override
    public Items queue(String name) {
        IQueue<Integer> q = client.getQueue(name);
        return new Items() {
            @Override
            public boolean add(Integer item) {
                return q.offer(item);
            }

            @Override
            public Object poll(long timeoutMs) throws InterruptedException {
                return timeoutMs == 0 ? q.poll() : q.poll(timeoutMs, TimeUnit.MILLISECONDS);
            }

            @Override
            public void clear() {
                q.clear();
            }
        };
    }

    @Override
    public Items set(String name) {
        ISet<Integer> set = client.getSet(name);
        return new Items() {
            @Override
            public boolean add(Integer item) {
                return set.add(item);
            }

            @Override
            public Object poll(long timeoutMs) {
                throw new UnsupportedOperationException("a set does not poll");
            }

            @Override
            public void clear() {
                set.clear();
            }
        };
    }

    @Override
    public void close() {
        client.shutdown();
    }

    static Cp connectCp(String clusterName, List<String> addresses) {
        ClientConfig config = new ClientConfig();
        config.setClusterName(clusterName);
        config.getNetworkConfig().setAddresses(addresses);
        HazelcastInstance cpClient = HazelcastClient.newHazelcastClient(config);
        return new Cp() {
            @Override
            public LongSupplier incrementer(String atomicLongName) {
                IAtomicLong counter = cpClient.getCPSubsystem().getAtomicLong(atomicLongName);
                return counter::incrementAndGet;
            }

            @Override
            public Runnable lockUnlock(String lockName) {
                FencedLock lock = cpClient.getCPSubsystem().getLock(lockName);
                return () -> {
                    lock.lock();
                    lock.unlock();
                };
            }

            @Override
            public void close() {
                cpClient.shutdown();
            }
        };
    }
}
