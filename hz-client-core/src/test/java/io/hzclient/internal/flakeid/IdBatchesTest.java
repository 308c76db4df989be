package io.hzclient.internal.flakeid;

import io.hzclient.internal.flakeid.FlakeIdGeneratorCodec.IdBatch;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdBatchesTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger fetches = new AtomicInteger();

    /** Batches of {@code size} ids: 1000*n, 1000*n+10, ... for the n-th fetch. */
    private Supplier<CompletableFuture<IdBatch>> fetcher(int size) {
        return () -> CompletableFuture.completedFuture(new IdBatch(1000L * fetches.incrementAndGet(), 10, size));
    }

    @Test
    void idsComeFromTheBatchUntilItIsUsedUpThenFromANewOne() {
        IdBatches batches = new IdBatches(fetcher(3), 0, now::get);
        assertThat(new long[]{next(batches), next(batches), next(batches), next(batches)})
                .containsExactly(1000, 1010, 1020, 2000);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void anExpiredBatchIsNotUsed() {
        IdBatches batches = new IdBatches(fetcher(100), TimeUnit.SECONDS.toNanos(10), now::get);
        assertThat(next(batches)).isEqualTo(1000);
        now.addAndGet(TimeUnit.SECONDS.toNanos(9));
        assertThat(next(batches)).isEqualTo(1010);
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(next(batches)).isEqualTo(2000);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void zeroValidityNeverExpires() {
        IdBatches batches = new IdBatches(fetcher(100), 0, now::get);
        next(batches);
        now.addAndGet(Long.MAX_VALUE / 2);
        assertThat(next(batches)).isEqualTo(1010);
    }

    @Test
    void aFailedFetchFailsTheCallAndTheNextCallFetchesAgain() {
        AtomicInteger calls = new AtomicInteger();
        IdBatches batches = new IdBatches(() -> calls.incrementAndGet() == 1
                ? CompletableFuture.failedFuture(new IllegalStateException("boom"))
                : CompletableFuture.completedFuture(new IdBatch(5, 1, 1)), 0, now::get);
        assertThatThrownBy(() -> next(batches)).hasRootCauseMessage("boom");
        assertThat(next(batches)).isEqualTo(5);
    }

    @Test
    void manyThreadsGetUniqueIdsAndShareFetches() throws Exception {
        manyThreads(false);
    }

    @Test
    void manyThreadsGetUniqueIdsAndShareFetchesWithTheBlockingCall() throws Exception {
        manyThreads(true);
    }

    @Test
    void tinyBatchesUnderContentionDoNotOverflowTheStack() throws Exception {
        IdBatches batches = new IdBatches(fetcher(1), 0, now::get);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                all.add(pool.submit(() -> {
                    for (int i = 0; i < 5000; i++) {
                        batches.next().join();
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
            assertThat(fetches.get()).isEqualTo(40_000);
        } finally {
            pool.shutdownNow();
        }
    }

    private void manyThreads(boolean blocking) throws Exception {
        IdBatches batches = new IdBatches(fetcher(50), 0, now::get);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Set<Future<long[]>> results = new HashSet<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    long[] ids = new long[1000];
                    for (int i = 0; i < ids.length; i++) {
                        ids[i] = blocking ? batches.nextBlocking() : next(batches);
                    }
                    return ids;
                }));
            }
            Set<Long> all = new HashSet<>();
            for (Future<long[]> f : results) {
                for (long id : f.get()) {
                    assertThat(all.add(id)).as("duplicate %s", id).isTrue();
                }
            }
            assertThat(all).hasSize(8000);
            assertThat(fetches.get()).isEqualTo(8000 / 50);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long next(IdBatches batches) {
        return batches.next().join();
    }
}
