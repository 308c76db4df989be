package io.hzclient.internal.map;

import io.hzclient.internal.replicatedmap.ReplicatedMapProxy;
import io.hzclient.internal.serialization.Data;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The replicated map routes as the official clients do: a key's calls to its partition, whole-map reads to one
 * partition the proxy keeps, putAll and clear to any member. Here, beside the map's fake context, which records the
 * route of each call; the calls are failed, only where they went matters.
 */
class ReplicatedMapRoutingTest {
    private final FakeContext context = new FakeContext();
    private final ReplicatedMapProxy<String, String> map = new ReplicatedMapProxy<>("rm", context);

    @AfterEach
    void stop() {
        context.userExecutor.shutdownNow();
    }

    private void send(Runnable call) {
        context.responder = r -> CompletableFuture.failedFuture(new IllegalStateException("not answered here"));
        assertThatThrownBy(call::run).hasMessageContaining("not answered here");
    }

    @Test
    void keyCallsGoToTheKeysPartition() {
        Data key = context.serialization().toData("k");
        int partition = context.partitionId(key);

        send(() -> map.put("k", "v"));
        send(() -> map.get("k"));
        send(() -> map.containsKey("k"));
        send(() -> map.remove("k"));

        assertThat(context.sent).extracting(FakeContext.Sent::route).containsOnly("key");
        assertThat(context.sent).extracting(FakeContext.Sent::partitionId).containsOnly(partition);
    }

    @Test
    void wholeMapReadsGoToOnePartitionThatTheProxyKeeps() {
        send(map::size);
        send(map::isEmpty);
        send(map::keySet);
        send(map::values);
        send(map::entrySet);
        send(() -> map.containsValue("v"));

        assertThat(context.sent).extracting(FakeContext.Sent::route).containsOnly("partition");
        assertThat(context.sent).extracting(FakeContext.Sent::partitionId).hasSize(6).containsOnly(
                context.sent.get(0).partitionId());
        assertThat(context.sent.get(0).partitionId()).isBetween(0, FakeContext.PARTITIONS - 1);
    }

    @Test
    void putAllAndClearGoToAnyMember() {
        send(() -> map.putAll(Map.of("a", "1", "b", "2")));
        send(map::clear);

        assertThat(context.sent).extracting(FakeContext.Sent::route).containsOnly("any");
    }
}
