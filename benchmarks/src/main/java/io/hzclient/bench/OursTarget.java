package io.hzclient.bench;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.cp.HzAtomicLong;
import io.hzclient.cp.HzFencedLock;
import io.hzclient.executor.HzExecutorService;
import io.hzclient.map.HzMap;
import io.hzclient.map.NearCacheStats;
import io.hzclient.multimap.HzMultiMap;
import io.hzclient.query.Aggregators;
import io.hzclient.query.PagingPredicate;
import io.hzclient.query.Predicates;
import io.hzclient.query.Projections;
import io.hzclient.queue.HzQueue;
import io.hzclient.set.HzSet;
import io.hzclient.sql.SqlResult;
import io.hzclient.sql.SqlRow;
import io.hzclient.sql.SqlService;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** hz-client, with its defaults. */
final class OursTarget implements Target {
    private final HzClient client;
    private final HzMap<Integer, byte[]> map;
    private final HzMultiMap<Integer, byte[]> multiMap;
    private final HzExecutorService executor;
    private final Object returnOne = new QueryBench.OursReturnOne();

    OursTarget(String clusterName, List<String> addresses, String mapName) {
        client = HzClient.newClient(ClientConfig.builder().clusterName(clusterName).addresses(addresses)
                .addNearCacheConfig(NearCacheConfig.builder(NEAR_CACHED).maxSize(NEAR_CACHE_MAX_SIZE).build())
                .build());
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
        return executor.submitToKeyOwner(returnOne, key).join();
    }

    @Override
    public NearCached nearCached(String mapName) {
        HzMap<Integer, byte[]> nc = client.getMap(mapName);
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
                return nc.nearCacheStats().map(NearCacheStats::ownedEntryCount).orElse(-1L);
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
        HzMap<Integer, Integer> q = client.getMap(QueryBench.MAP);
        QueryBench.OursReadValue processor = new QueryBench.OursReadValue();
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
        HzQueue<Integer> q = client.getQueue(name);
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
        HzSet<Integer> set = client.getSet(name);
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
        HzClient cpClient = HzClient.newClient(ClientConfig.builder().clusterName(clusterName).addresses(addresses)
                .build());
        return new Cp() {
            @Override
            public LongSupplier incrementer(String atomicLongName) {
                HzAtomicLong counter = cpClient.getCPSubsystem().getAtomicLong(atomicLongName);
                return counter::incrementAndGet;
            }

            @Override
            public Runnable lockUnlock(String lockName) {
                HzFencedLock lock = cpClient.getCPSubsystem().getLock(lockName);
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
