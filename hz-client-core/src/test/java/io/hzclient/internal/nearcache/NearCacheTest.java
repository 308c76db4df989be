package io.hzclient.internal.nearcache;

import io.hzclient.config.EvictionPolicy;
import io.hzclient.config.LocalUpdatePolicy;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.DefaultSerializationService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store on its own: a fake remote side (futures the test completes) and a hand-moved clock. */
class NearCacheTest {
    private final DefaultSerializationService serialization = new DefaultSerializationService(
            SerializationConfig.defaults());
    private final NearCacheTesting.ManualClock clock = new NearCacheTesting.ManualClock();

    private final PartitionService partitions = new PartitionService() {
        @Override
        public int partitionCount() {
            return 271;
        }

        @Override
        public int partitionId(Data key) {
            return Math.abs(key.partitionHash() % 271);
        }

        @Override
        public UUID owner(int partitionId) {
            return null;
        }
    };

    private NearCache cache(NearCacheConfig.Builder config) {
        NearCache nearCache = new NearCache("m", config.build(), serialization, partitions);
        nearCache.useClock(clock);
        return nearCache;
    }

    /** A near cache with invalidations: the handler the test feeds events and metadata, as the members would. */
    private RepairingHandler repairOf(NearCache nearCache, UUID self, Runnable metadataWanted) {
        RepairingHandler handler = new RepairingHandler("m", nearCache, partitions, data("m"), self, metadataWanted);
        nearCache.useRepair(handler);
        return handler;
    }

    /** A String key of the partition, other than those given. */
    private String keyInPartition(int partition, String prefix) {
        for (int i = 0; ; i++) {
            if (partitions.partitionId(data(prefix + i)) == partition) {
                return prefix + i;
            }
        }
    }

    private Data data(Object o) {
        return serialization.toData(o);
    }

    /** Misses {@code key} and answers it at once with {@code value}. */
    private Object read(NearCache nearCache, String key, String value) {
        Object hit = nearCache.get(key);
        if (hit != null) {
            return hit;
        }
        return serialization.toObject(nearCache.fetch(key, data(key),
                () -> CompletableFuture.completedFuture(data(value))).join());
    }

    @Test
    void aMissIsCachedAndTheNextReadIsAHit() {
        NearCache nearCache = cache(NearCacheConfig.builder("m"));
        assertThat(read(nearCache, "k", "v")).isEqualTo("v");
        assertThat(nearCache.get("k")).isEqualTo("v");
        assertThat(nearCache.stats().misses()).isEqualTo(1);
        assertThat(nearCache.stats().hits()).isEqualTo(1);
        assertThat(nearCache.stats().ownedEntryCount()).isEqualTo(1);
        assertThat(nearCache.stats().ownedEntryMemoryCost()).isBetween(100L, 400L);
    }

    @Test
    void anInvalidationWhileTheReadIsInFlightMeansTheAnswerIsNotCached() {
        NearCache nearCache = cache(NearCacheConfig.builder("m"));
        CompletableFuture<Data> remote = new CompletableFuture<>();
        CompletableFuture<Data> read = nearCache.fetch("k", data("k"), () -> remote);

        nearCache.invalidate(data("k"));
        remote.complete(data("old"));

        assertThat(read.join()).isEqualTo(data("old"));
        assertThat(nearCache.get("k")).isNull();
        assertThat(nearCache.size()).isZero();
        assertThat(nearCache.stats().invalidationRequests()).isEqualTo(1);
        assertThat(nearCache.stats().invalidations()).as("no entry was dropped, only a reservation").isZero();
    }

    @Test
    void aRecordIsStampedWithItsPartitionWhenMadeAndOnlyItsOwnKeysInvalidationDropsIt() {
        UUID self = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        NearCache nearCache = cache(NearCacheConfig.builder("m"));
        RepairingHandler handler = repairOf(nearCache, self, () -> { });
        int p = partitions.partitionId(data("a"));
        String b = keyInPartition(p, "b");
        UUID partitionUuid = UUID.randomUUID();
        handler.applyFetched(p, partitionUuid, 10);
        read(nearCache, "a", "1");
        read(nearCache, b, "2");
        assertThat(nearCache.recordOf(b).stamp).isEqualTo(new RepairStamp(p, partitionUuid, 10));

        handler.handle(data("a"), self, partitionUuid, 11); // this client's own write of a (done locally already)
        handler.handle(data("a"), other, partitionUuid, 12); // another client's write of a

        assertThat(nearCache.get("a")).isNull();
        assertThat(nearCache.get(b)).as("same partition, later events, still fresh").isEqualTo("2");
        assertThat(nearCache.stats().hits()).isEqualTo(1);
        assertThat(nearCache.stats().invalidations()).isEqualTo(1);
    }

    @Test
    void aKeyWhosePartitionHasNoMetadataYetIsReadWithoutCachingAndTheMetadataIsAskedFor() {
        AtomicInteger wanted = new AtomicInteger();
        NearCache nearCache = cache(NearCacheConfig.builder("m"));
        RepairingHandler handler = repairOf(nearCache, null, wanted::incrementAndGet);

        assertThat(read(nearCache, "k", "v1")).isEqualTo("v1");
        assertThat(nearCache.size()).as("nothing a later event could wrongly keep or drop").isZero();
        assertThat(wanted).hasValue(1);

        handler.applyFetched(partitions.partitionId(data("k")), UUID.randomUUID(), 0);
        assertThat(read(nearCache, "k", "v2")).isEqualTo("v2");
        assertThat(nearCache.get("k")).isEqualTo("v2");
        assertThat(nearCache.stats().hits()).isEqualTo(1);
        assertThat(nearCache.stats().misses()).isEqualTo(2);
        assertThat(wanted).hasValue(1);
    }

    @Test
    void aNewPartitionUuidOrTooManyMissesDropTheRecordsOfThatPartitionOnly() {
        NearCache nearCache = cache(NearCacheConfig.builder("m"));
        RepairingHandler handler = repairOf(nearCache, null, () -> { });
        int p = partitions.partitionId(data("a"));
        String b = keyInPartition(p, "b");
        String elsewhere = "x";
        while (partitions.partitionId(data(elsewhere)) == p) {
            elsewhere += "x";
        }
        int q = partitions.partitionId(data(elsewhere));
        handler.applyFetched(p, UUID.randomUUID(), 1);
        handler.applyFetched(q, UUID.randomUUID(), 1);
        read(nearCache, "a", "1");
        read(nearCache, b, "2");
        read(nearCache, elsewhere, "3");

        handler.applyFetched(p, UUID.randomUUID(), 1); // p's owner lost its data

        assertThat(nearCache.get("a")).isNull();
        assertThat(nearCache.get(b)).isNull();
        assertThat(nearCache.get(elsewhere)).isEqualTo("3");
        assertThat(nearCache.stats().invalidations()).isEqualTo(2);
    }

    @Test
    void concurrentMissesWaitForTheReadInFlight() {
        NearCache nearCache = cache(NearCacheConfig.builder("m"));
        AtomicInteger sent = new AtomicInteger();
        CompletableFuture<Data> remote = new CompletableFuture<>();
        CompletableFuture<Data> first = nearCache.fetch("k", data("k"), () -> {
            sent.incrementAndGet();
            return remote;
        });
        CompletableFuture<Data> second = nearCache.fetch("k", data("k"), () -> {
            sent.incrementAndGet();
            return new CompletableFuture<>();
        });
        assertThat(second).isSameAs(first).isNotDone();
        remote.complete(data("v"));
        assertThat(second.join()).isEqualTo(data("v"));
        assertThat(sent).hasValue(1);
        assertThat(nearCache.stats().misses()).isEqualTo(2);
    }

    @Test
    void aFailedReadFailsItsWaitersAndLeavesNothingBehind() {
        NearCache nearCache = cache(NearCacheConfig.builder("m"));
        CompletableFuture<Data> remote = new CompletableFuture<>();
        CompletableFuture<Data> first = nearCache.fetch("k", data("k"), () -> remote);
        remote.completeExceptionally(new IllegalStateException("boom"));
        assertThat(first).isCompletedExceptionally();
        assertThat(nearCache.size()).isZero();

        assertThatThrownBy(() -> nearCache.fetch("k", data("k"), () -> {
            throw new IllegalStateException("not sent");
        })).hasMessage("not sent");
        assertThat(nearCache.size()).as("the reservation went with the failure").isZero();
        assertThat(read(nearCache, "k", "v")).isEqualTo("v");
    }

    @Test
    void absentKeysAreNotCached() {
        NearCache nearCache = cache(NearCacheConfig.builder("m"));
        assertThat(nearCache.fetch("k", data("k"), () -> CompletableFuture.completedFuture(null)).join()).isNull();
        assertThat(nearCache.size()).isZero();
    }

    @Test
    void ttlAndMaxIdleExpireOnAccessAndInTheSweep() {
        NearCache ttl = cache(NearCacheConfig.builder("m").timeToLive(Duration.ofMinutes(1)));
        read(ttl, "a", "1");
        read(ttl, "b", "2");
        clock.advance(Duration.ofSeconds(59));
        assertThat(ttl.get("a")).isEqualTo("1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(ttl.get("a")).as("expired on access").isNull();
        ttl.sweepExpired();
        assertThat(ttl.size()).as("b swept").isZero();
        assertThat(ttl.stats().expirations()).isEqualTo(2);
        assertThat(ttl.stats().ownedEntryCount()).isZero();
        assertThat(ttl.stats().ownedEntryMemoryCost()).isZero();

        NearCache idle = cache(NearCacheConfig.builder("m").maxIdle(Duration.ofMinutes(1)));
        read(idle, "a", "1");
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(50));
            assertThat(idle.get("a")).as("read within max-idle: kept").isEqualTo("1");
        }
        clock.advance(Duration.ofSeconds(61));
        idle.sweepExpired();
        assertThat(idle.size()).isZero();
        assertThat(idle.stats().expirations()).isEqualTo(1);
    }

    /**
     * A full cache needing room drops an expired entry it samples before the policy's choice, and counts it as an
     * expiration: here the least recently read entry (LRU's pick) is younger than the one whose time-to-live ran out.
     */
    @Test
    void anExpiredEntryGoesFirstWhenRoomIsNeededAndCountsAsAnExpiration() {
        NearCache nearCache = cache(NearCacheConfig.builder("m").maxSize(3).samplingCount(3)
                .timeToLive(Duration.ofMinutes(1)));
        read(nearCache, "old", "1");
        clock.advance(Duration.ofSeconds(30));
        read(nearCache, "b", "2");
        read(nearCache, "c", "3");
        clock.advance(Duration.ofSeconds(29));
        assertThat(nearCache.get("old")).as("59 s old: still served, now the most recently read").isEqualTo("1");
        clock.advance(Duration.ofSeconds(1));

        read(nearCache, "d", "4");

        assertThat(nearCache.snapshot()).containsOnlyKeys("b", "c", "d");
        assertThat(nearCache.stats().expirations()).isEqualTo(1);
        assertThat(nearCache.stats().evictions()).isZero();

        clock.advance(Duration.ofSeconds(1));
        read(nearCache, "e", "5"); // nothing expired now: LRU evicts, counted as an eviction
        assertThat(nearCache.stats().expirations()).isEqualTo(1);
        assertThat(nearCache.stats().evictions()).isEqualTo(1);
        assertThat(nearCache.stats().ownedEntryCount()).isEqualTo(3);
    }

    @Test
    void anEntryIdleTooLongThatEvictionFindsCountsAsAnExpiration() {
        NearCache nearCache = cache(NearCacheConfig.builder("m").maxSize(2).samplingCount(2)
                .maxIdle(Duration.ofMinutes(1)));
        read(nearCache, "a", "1");
        read(nearCache, "b", "2");
        clock.advance(Duration.ofMinutes(2));

        read(nearCache, "c", "3");
        read(nearCache, "d", "4");

        assertThat(nearCache.snapshot()).containsOnlyKeys("c", "d");
        assertThat(nearCache.stats().expirations()).isEqualTo(2);
        assertThat(nearCache.stats().evictions()).isZero();
    }

    @Test
    void aTimeToLiveUnderASecondHoldsExactly() {
        NearCache ttl = cache(NearCacheConfig.builder("m").timeToLive(Duration.ofMillis(500)));
        read(ttl, "a", "1");
        clock.advance(Duration.ofMillis(499));
        assertThat(ttl.get("a")).isEqualTo("1");
        clock.advance(Duration.ofMillis(1));
        assertThat(ttl.get("a")).as("500 ms old").isNull();
    }

    @Test
    void lruEvictsTheLeastRecentlyReadAndTheStatsSaySo() {
        NearCache nearCache = cache(NearCacheConfig.builder("m").maxSize(3).samplingCount(3));
        read(nearCache, "a", "1");
        read(nearCache, "b", "2");
        read(nearCache, "c", "3");
        nearCache.get("a");
        read(nearCache, "d", "4");
        assertThat(nearCache.snapshot()).containsOnlyKeys("a", "c", "d");
        assertThat(nearCache.stats().evictions()).isEqualTo(1);
        assertThat(nearCache.stats().ownedEntryCount()).isEqualTo(3);
    }

    @Test
    void withDefaultSamplingLruKeepsMostOfTheHotKeys() {
        NearCache nearCache = cache(NearCacheConfig.builder("m").maxSize(200));
        for (int i = 0; i < 100; i++) {
            read(nearCache, "hot" + i, "v");
        }
        for (int i = 0; i < 1000; i++) {
            nearCache.get("hot" + (i % 100));
            read(nearCache, "cold" + i, "v");
        }
        long hotKept = nearCache.snapshot().keySet().stream().filter(k -> ((String) k).startsWith("hot")).count();
        assertThat(nearCache.size()).isEqualTo(200);
        assertThat(hotKept).as("hot keys kept, out of 100").isGreaterThan(80);
    }

    @Test
    void cacheOnUpdateCachesAWriteThatNoOtherLocalWriteOverlapped() {
        NearCache nearCache = cache(NearCacheConfig.builder("m").localUpdatePolicy(LocalUpdatePolicy.CACHE_ON_UPDATE));
        nearCache.beforeWrite("k", data("k"), data("v1")).accept(null, null);
        assertThat(nearCache.get("k")).isEqualTo("v1");

        BiConsumer<Object, Throwable> first = nearCache.beforeWrite("k", data("k"), data("v2"));
        assertThat(nearCache.get("k")).as("a write in flight: the old value is not served").isNull();
        BiConsumer<Object, Throwable> second = nearCache.beforeWrite("k", data("k"), data("v3"));
        second.accept(null, null);
        first.accept(null, null);
        assertThat(nearCache.get("k")).as("overlapping writes may land in either order: nothing cached").isNull();

        nearCache.beforeWrite("k", data("k"), data("v4")).accept(null, new IllegalStateException("failed"));
        assertThat(nearCache.get("k")).as("a failed write caches nothing").isNull();
    }

    @Test
    void aLocalWriteInvalidatesAReadInFlight() {
        NearCache nearCache = cache(NearCacheConfig.builder("m"));
        CompletableFuture<Data> remote = new CompletableFuture<>();
        nearCache.fetch("k", data("k"), () -> remote);
        nearCache.beforeWrite("k", data("k"), null).accept(null, null);
        remote.complete(data("old"));
        assertThat(nearCache.get("k")).isNull();
    }

    @Test
    void serializedKeysAreFoundByTheKeyTheMemberSends() {
        NearCache nearCache = cache(NearCacheConfig.builder("m").serializeKeys(true));
        read(nearCache, "k", "v");
        assertThat(nearCache.snapshot()).containsOnlyKeys(data("k"));
        nearCache.invalidate(data("k"));
        assertThat(nearCache.get("k")).isNull();
        assertThat(nearCache.stats().invalidations()).isEqualTo(1);
    }

    @Test
    void arrayKeysAreKeptSerializedSoThatInvalidationsFindThem() {
        NearCache nearCache = cache(NearCacheConfig.builder("m"));
        byte[] key = {1, 2, 3};
        nearCache.fetch(key, data(key), () -> CompletableFuture.completedFuture(data("v"))).join();
        assertThat(nearCache.get(new byte[]{1, 2, 3})).as("an equal array finds it").isEqualTo("v");
        nearCache.invalidate(data(new byte[]{1, 2, 3}));
        assertThat(nearCache.get(key)).isNull();
        assertThat(nearCache.stats().invalidations()).isEqualTo(1);
    }

    @Test
    void noneEvictsNothingAndCachesNothingNewWhenFull() {
        NearCache nearCache = cache(NearCacheConfig.builder("m").maxSize(2).evictionPolicy(EvictionPolicy.NONE));
        read(nearCache, "a", "1");
        read(nearCache, "b", "2");
        read(nearCache, "c", "3");
        assertThat(nearCache.snapshot()).containsOnlyKeys("a", "b");
        assertThat(nearCache.stats().evictions()).isZero();
    }

    @Test
    void clearDropsEveryEntryAsInvalidations() {
        NearCache nearCache = cache(NearCacheConfig.builder("m"));
        read(nearCache, "a", "1");
        read(nearCache, "b", "2");
        nearCache.clear();
        assertThat(nearCache.size()).isZero();
        assertThat(nearCache.stats().invalidations()).isEqualTo(2);
        assertThat(nearCache.stats().invalidationRequests()).isEqualTo(1);
        assertThat(nearCache.stats().ownedEntryCount()).isZero();
    }
}
