package io.hzclient.internal.map;

import io.hzclient.HzClientException;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.serialization.Data;
import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryEventType;
import io.hzclient.map.EntryListener;
import io.hzclient.map.MapEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The proxy's own logic with the network replaced by a recorder: argument checks, grouping, threads, errors. */
class MapProxyTest {
    private final FakeContext context = new FakeContext();
    private final MapProxy<String, String> map = new MapProxy<>("m", context);

    @AfterEach
    void stopExecutor() {
        context.userExecutor.shutdownNow();
    }

    @Test
    void nullArgumentsFailBeforeAnythingIsSent() {
        assertNpe("key", () -> map.put(null, "v"));
        assertNpe("value", () -> map.put("k", null));
        assertNpe("key", () -> map.putAsync(null, "v"));
        assertNpe("key", () -> map.get(null));
        assertNpe("key", () -> map.getAsync(null));
        assertNpe("oldValue", () -> map.replace("k", null, "v"));
        assertNpe("newValue", () -> map.replaceAsync("k", "v", null));
        assertNpe("value", () -> map.containsValue(null));
        assertNpe("timeout", () -> map.tryLock("k", null));
        assertNpe("lease", () -> map.lock("k", null));
        assertNpe("listener", () -> map.addEntryListener(null, true));
        assertNpe("listener", () -> map.addEntryListener(null, "k", true));
        assertNpe("registrationId", () -> map.removeEntryListener(null));
        assertNpe("entries", () -> map.putAll(null));
        Map<String, String> withNullValue = new HashMap<>();
        withNullValue.put("k", null);
        assertNpe("value", () -> map.putAll(withNullValue));
        Set<String> withNullKey = new HashSet<>();
        withNullKey.add(null);
        assertNpe("key", () -> map.getAll(withNullKey));
        assertThat(context.sent).isEmpty();
    }

    private static void assertNpe(String argument, Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(NullPointerException.class)
                .hasMessage(argument + " must not be null");
    }

    @Test
    void durationsBecomeMillisecondsOnTheWire() {
        assertThat(MapProxy.millis(null)).as("the map's default").isEqualTo(-1);
        assertThat(MapProxy.millis(Duration.ZERO)).as("forever").isZero();
        assertThat(MapProxy.millis(Duration.ofNanos(1))).as("never rounded down to forever").isEqualTo(1);
        assertThat(MapProxy.millis(Duration.ofSeconds(3))).isEqualTo(3000);
        assertThat(MapProxy.millis(Duration.ofSeconds(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> MapProxy.millis(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void putSendsTtlAndMaxIdleToTheKeysPartition() {
        map.put("k", "v", Duration.ofSeconds(2));
        map.put("k", "v", null, Duration.ofSeconds(5));
        map.set("k", "v");

        ClientMessage put = context.sent.get(0).request();
        assertThat(put.messageType()).isEqualTo(0x010100);
        assertThat(FixedSizes.readLong(put.initialFrame().content, 24)).isEqualTo(2000);
        assertThat(FixedSizes.readLong(put.initialFrame().content, 16)).isEqualTo(Thread.currentThread().getId());
        assertThat(context.sent.get(0).partitionId()).isEqualTo(context.partitionId(context.serialization.toData("k")));
        ClientMessage withMaxIdle = context.sent.get(1).request();
        assertThat(withMaxIdle.messageType()).isEqualTo(0x014400);
        assertThat(FixedSizes.readLong(withMaxIdle.initialFrame().content, 24)).isEqualTo(-1);
        assertThat(FixedSizes.readLong(withMaxIdle.initialFrame().content, 32)).isEqualTo(5000);
        assertThat(FixedSizes.readLong(context.sent.get(2).request().initialFrame().content, 24)).isEqualTo(-1);
    }

    @Test
    void everyKeyedCallGoesToTheKeysPartitionAndTheOthersToAnyMember() {
        context.responder = request -> CompletableFuture.completedFuture(
                Responses.response(request.messageType() + 1, 17).nullFrame().build());
        int partition = context.partitionId(context.serialization.toData("k"));
        List<Runnable> keyed = List.of(() -> map.get("k"), () -> map.put("k", "v"), () -> map.set("k", "v"),
                () -> map.putIfAbsent("k", "v"), () -> map.putTransient("k", "v", null), () -> map.remove("k"),
                () -> map.remove("k", "v"), () -> map.delete("k"), () -> map.replace("k", "v"),
                () -> map.replace("k", "v", "w"), () -> map.containsKey("k"), () -> map.getEntryView("k"),
                () -> map.evict("k"), () -> map.setTtl("k", Duration.ZERO), () -> map.isLocked("k"),
                () -> map.unlock("k"), () -> map.forceUnlock("k"), () -> map.tryPut("k", "v", Duration.ZERO),
                () -> map.tryRemove("k", Duration.ZERO), () -> map.lock("k"), () -> map.tryLock("k"));
        List<Runnable> anywhere = List.of(map::size, map::isEmpty, map::clear, map::evictAll, map::flush,
                map::keySet, map::values, map::entrySet, () -> map.containsValue("v"));

        keyed.forEach(Runnable::run);
        assertThat(context.sent).hasSize(keyed.size())
                .allSatisfy(s -> assertThat(s.partitionId()).isEqualTo(partition))
                .allSatisfy(s -> assertThat(s.route()).as("routed by key or by the key's partition")
                        .matches("key.*|partition"));
        context.sent.clear();
        context.responder = request -> CompletableFuture.completedFuture(
                Responses.response(request.messageType() + 1, 17).begin().end().build());
        anywhere.forEach(Runnable::run);
        assertThat(context.sent).hasSize(anywhere.size()).allSatisfy(s -> assertThat(s.route()).isEqualTo("any"));
    }

    @Test
    void putAllSendsOneRequestPerPartitionWithThatPartitionsEntries() {
        Map<String, String> entries = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            entries.put("key-" + i, "value-" + i);
        }

        map.putAll(entries);

        Set<Integer> partitions = new HashSet<>();
        int total = 0;
        for (FakeContext.Sent sent : context.sent) {
            assertThat(sent.route()).isEqualTo("partition");
            assertThat(sent.request().messageType()).isEqualTo(0x012C00);
            assertThat(partitions.add(sent.partitionId())).as("one request per partition").isTrue();
            MessageReader r = new MessageReader(sent.request());
            r.string();
            for (Map.Entry<Data, Data> e : r.entryListData()) {
                assertThat(context.partitionId(e.getKey())).isEqualTo(sent.partitionId());
                assertThat(entries.get(context.serialization.<String>toObject(e.getKey())))
                        .isEqualTo(context.serialization.toObject(e.getValue()));
                total++;
            }
        }
        assertThat(total).isEqualTo(500);
        assertThat(partitions.size()).isGreaterThan(100);
    }

    @Test
    void getAllAsksEachPartitionForItsKeysAndMergesTheAnswers() {
        context.responder = request -> {
            MessageReader r = new MessageReader(request);
            r.string();
            Responses response = Responses.response(0x012301, 0).begin();
            for (Data key : r.listData()) {
                String k = context.serialization.toObject(key);
                if (!k.equals("missing")) {
                    response.frame(key.toByteArray()).frame(context.serialization.toData("v-" + k).toByteArray());
                }
            }
            return CompletableFuture.completedFuture(response.end().build());
        };

        Map<String, String> result = map.getAll(Set.of("a", "b", "c", "missing"));

        assertThat(result).containsOnly(Map.entry("a", "v-a"), Map.entry("b", "v-b"), Map.entry("c", "v-c"));
        assertThat(context.sent).allMatch(s -> s.route().equals("partition"));
        assertThat(context.sent.stream().map(FakeContext.Sent::partitionId).distinct().count())
                .isEqualTo(context.sent.size());
    }

    @Test
    void aSyncCallThrowsTheClientExceptionItself() {
        HzClientException failure = new HzClientException("member said no");
        context.responder = request -> CompletableFuture.failedFuture(failure);

        assertThatThrownBy(() -> map.get("k")).isSameAs(failure);
        assertThatThrownBy(() -> map.putAll(Map.of("a", "1", "b", "2"))).isSameAs(failure);
    }

    @Test
    void anAsyncCallFailsWithTheClientExceptionAsCause() {
        HzClientException failure = new HzClientException("member said no");
        CompletableFuture<ClientMessage> pending = new CompletableFuture<>();
        context.responder = request -> pending;

        CompletableFuture<String> result = map.getAsync("k");
        pending.completeExceptionally(failure);

        assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isSameAs(failure);
    }

    @Test
    void asyncResultsAreDecodedAndCompletedOnTheUserExecutor() throws Exception {
        CompletableFuture<ClientMessage> pending = new CompletableFuture<>();
        context.responder = request -> pending;
        AtomicReference<String> thread = new AtomicReference<>();

        CompletableFuture<String> result = map.getAsync("k");
        CompletableFuture<String> seen = result.thenApply(v -> {
            thread.set(Thread.currentThread().getName());
            return v;
        });
        Thread eventLoop = new Thread(() -> pending.complete(Responses.response(0x010201, 0)
                .frame(context.serialization.toData("v").toByteArray()).build()), "event-loop");
        eventLoop.start();

        assertThat(seen.get(5, TimeUnit.SECONDS)).isEqualTo("v");
        assertThat(thread.get()).isEqualTo("user-executor");
    }

    @Test
    void anAsyncCallStillCompletesWhenTheUserExecutorIsGone() {
        CompletableFuture<ClientMessage> pending = new CompletableFuture<>();
        context.responder = request -> pending;
        CompletableFuture<String> result = map.getAsync("k");
        context.userExecutor.shutdown();

        pending.complete(Responses.response(0x010201, 0).nullFrame().build());

        assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(io.hzclient.ClientNotActiveException.class);
    }

    @Test
    void locksCarryTheCallersThreadAndAFreshReferenceIdAndMayWaitPastTheInvocationTimeout() {
        map.lock("k");
        map.unlock("k");
        map.tryLock("k", Duration.ofMinutes(10));

        assertThat(context.sent).extracting(FakeContext.Sent::route)
                .containsExactly("key, no deadline", "key", "key, no deadline");
        byte[] lock = context.sent.get(0).request().initialFrame().content;
        byte[] unlock = context.sent.get(1).request().initialFrame().content;
        assertThat(FixedSizes.readLong(lock, 16)).isEqualTo(Thread.currentThread().getId());
        assertThat(FixedSizes.readLong(lock, 24)).as("no lease").isEqualTo(-1);
        assertThat(FixedSizes.readLong(unlock, 16)).isEqualTo(Thread.currentThread().getId());
        assertThat(FixedSizes.readLong(unlock, 24)).isGreaterThan(FixedSizes.readLong(lock, 32));
    }

    @Test
    void aListenerAsksOnlyForTheEventsItsMethodsHandle() {
        map.addEntryListener(new EntryListener<>() {
            @Override
            public void entryAdded(EntryEvent<String, String> event) {
            }

            @Override
            public void mapCleared(MapEvent event) {
            }
        }, true);

        byte[] add = context.sent.get(0).request().initialFrame().content;
        assertThat(FixedSizes.readInt(add, 17)).isEqualTo(EntryEventType.ADDED.flag() | EntryEventType.CLEAR_ALL.flag());
        assertThat(add[16]).as("includeValue").isEqualTo((byte) 1);
    }

    @Test
    void aListenerThatHandlesNothingIsRefused() {
        assertThatThrownBy(() -> map.addEntryListener(new EntryListener<>() {
        }, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(context.sent).isEmpty();
    }

    @Test
    void aKeyListenerRegistersForThatKey() {
        map.addEntryListener(new EntryListener<>() {
            @Override
            public void entryRemoved(EntryEvent<String, String> event) {
            }
        }, "k", false);

        ClientMessage add = context.sent.get(0).request();
        assertThat(add.messageType()).isEqualTo(0x011800);
        MessageReader r = new MessageReader(add);
        r.string();
        assertThat(r.data()).isEqualTo(context.serialization.toData("k"));
        assertThat(List.of(add.initialFrame().content[16])).containsExactly((byte) 0);
    }
}
