package io.hzclient.internal.map;

import io.hzclient.config.ClientConfig;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Pending;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.nearcache.NearCache;
import io.hzclient.internal.nearcache.NearCacheManager;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.serialization.Data;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two hooks a map proxy sends its calls through, with the network replaced by a recorder: without a near cache
 * the calls themselves; with one, reads looked up first and writes settling the near cache before their callers
 * see the answer. What the near cache does with real members is in the near cache ITs.
 */
class NearCacheHookTest {
    private final FakeContext context = new FakeContext();
    private final NearCacheManager nearCaches = new NearCacheManager(ClientConfig.builder()
            .addNearCacheConfig(NearCacheConfig.builder("cached").invalidateOnChange(false).build()).build(),
            context, new ClientCounters(), UUID.randomUUID());

    @AfterEach
    void stop() {
        nearCaches.shutdown();
        context.userExecutor.shutdownNow();
    }

    @Test
    void withoutANearCacheWritesAreTheCallsThemselvesAndReadsGoStraightToTheCluster() {
        NearCacheHook none = NearCacheHook.of(null, context);
        Data key = context.serialization.toData("k");
        Call<Data> put = MapCodec.put("m", key, context.serialization.toData("v"), 1, -1);
        Call<Void> clear = MapCodec.clear("m");

        assertThat(none.write("k", key, null, put)).isSameAs(put);
        assertThat(none.writeAll(clear)).isSameAs(clear);
        assertThat(none.<String>cached("k")).isNull();
        Pending<String> read = none.read("k", key, k -> MapCodec.get("m", k, 1),
                MapCodec.GET.then(context.serialization::toObject), context.serialization::toObject);
        assertThat(read).isInstanceOf(Call.class);
        assertThat(context.sent).extracting(s -> s.request().messageType()).containsExactly(0x010100, 0x012D00,
                0x010200);
        assertThat(none.nearCache()).isNull();
        assertThat(none.stats()).isEmpty();
    }

    @Test
    void aCachedKeyIsReadOnceFromTheCluster() {
        answerGetsWith("v");
        MapProxy<String, String> map = new MapProxy<>("cached", context, nearCaches.create("cached"));

        assertThat(map.get("k")).isEqualTo("v");
        assertThat(map.get("k")).isEqualTo("v");
        assertThat(map.containsKey("k")).isTrue();

        assertThat(context.sent).as("one get, then hits").hasSize(1);
        assertThat(map.nearCacheStats()).hasValueSatisfying(s -> {
            assertThat(s.hits()).isEqualTo(2);
            assertThat(s.misses()).isEqualTo(1);
        });
    }

    @Test
    void aWriteInvalidatesTheKeyWhenItCompletesBeforeItsCallerSeesTheAnswer() throws Exception {
        answerGetsWith("v");
        NearCache nearCache = nearCaches.create("cached");
        MapProxy<String, String> map = new MapProxy<>("cached", context, nearCache);
        map.get("k");
        CompletableFuture<ClientMessage> answer = new CompletableFuture<>();
        context.responder = request -> answer;

        CompletableFuture<String> put = map.putAsync("k", "w");
        assertThat(nearCache.get("k")).as("cached until the write completes").isEqualTo("v");
        CompletableFuture<Object> seenWhenAnswered = put.thenApply(previous -> nearCache.get("k"));
        answer.complete(Responses.response(0x010101, 0).frame(context.serialization.toData("v").toByteArray())
                .build());

        assertThat(put.get(5, TimeUnit.SECONDS)).as("the previous value").isEqualTo("v");
        assertThat(seenWhenAnswered.get(5, TimeUnit.SECONDS)).as("gone before the caller saw the answer").isNull();
    }

    @Test
    void aMapWideWriteClearsTheNearCacheWhenItCompletes() {
        answerGetsWith("v");
        NearCache nearCache = nearCaches.create("cached");
        MapProxy<String, String> map = new MapProxy<>("cached", context, nearCache);
        map.get("a");
        map.get("b");

        map.clear();

        assertThat(nearCache.get("a")).isNull();
        assertThat(nearCache.get("b")).isNull();
        assertThat(context.sent).extracting(s -> s.request().messageType()).containsExactly(0x010200, 0x010200,
                0x012D00);
    }

    /** Every request is answered with {@code value} as a nullable Data (what a get, put or remove answers). */
    private void answerGetsWith(String value) {
        context.responder = request -> CompletableFuture.completedFuture(Responses.response(request.messageType() + 1,
                0).frame(context.serialization.toData(value).toByteArray()).build());
    }
}
