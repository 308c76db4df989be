package io.hzclient.engine;

import com.hazelcast.client.impl.protocol.codec.builtin.ErrorsCodec;
import com.hazelcast.client.impl.protocol.exception.ErrorHolder;
import io.hzclient.ClientNotActiveException;
import io.hzclient.HzClient;
import io.hzclient.LifecycleState;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.FakeMember;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Shutting down fails every call the client still holds, wherever it waits, at once. */
class ShutdownIT {
    private static final int MAP_GET = 0x010200;

    private static ClientConfig.Builder config(FakeMember member) {
        return ClientConfig.builder().clusterName(member.clusterName()).addresses(member.address())
                .connectionTimeout(Duration.ofSeconds(1))
                .invocationTimeout(Duration.ofSeconds(60))
                .invocationRetryPause(Duration.ofMillis(500))
                .heartbeatInterval(Duration.ofSeconds(1))
                .heartbeatTimeout(Duration.ofSeconds(30));
    }

    @Test
    void aCallWaitingForItsAnswerFails() throws Exception {
        try (FakeMember member = FakeMember.builder().onRequest(FakeMember.silent()).start()) {
            HzClient client = HzClient.newClient(config(member).build());
            CompletableFuture<String> pending = client.<String, String>getMap("m").getAsync("k");
            assertEventually(WAIT, () -> assertThat(member.requestTypes()).contains(MAP_GET));
            client.shutdown();
            assertFailsWithClientNotActive(pending);
        }
    }

    @Test
    void aCallWaitingToBeRetriedFails() throws Exception {
        try (FakeMember member = FakeMember.builder().onRequest((request, replies) -> {
            if (request.messageType() == MAP_GET) {
                replies.reply(request, ErrorsCodec.encode(List.of(new ErrorHolder(39,
                        "com.hazelcast.spi.exception.PartitionMigratingException", "migrating", List.of()))));
            }
        }).start()) {
            HzClient client = HzClient.newClient(config(member).build());
            CompletableFuture<String> pending = client.<String, String>getMap("m").getAsync("k");
            // past the fast retries: it now waits 500 ms between tries, mostly not in flight
            assertEventually(WAIT, () -> assertThat(member.requestTypes()).filteredOn(t -> t == MAP_GET).hasSizeGreaterThan(7));
            client.shutdown();
            assertFailsWithClientNotActive(pending);
        }
    }

    @Test
    void aCallWaitingForTheClusterToComeBackFails() throws Exception {
        HzClient client;
        HzMap<String, String> map;
        try (FakeMember member = FakeMember.builder().onRequest(FakeMember.silent()).start()) {
            client = HzClient.newClient(config(member).clusterConnectTimeout(null).build());
            map = client.getMap("m");
        }
        assertEventually(WAIT, () -> assertThat(client.getLifecycleState()).isEqualTo(LifecycleState.DISCONNECTED));
        CompletableFuture<String> pending = map.getAsync("k");
        assertThat(pending).as("waits for a connection within its 60 s timeout").isNotDone();
        client.shutdown();
        assertFailsWithClientNotActive(pending);
    }

    @Test
    void shutdownLeavesNoClientThreadBehind() {
        Set<Thread> before = clientThreads();
        try (FakeMember member = FakeMember.builder().onRequest(FakeMember.silent()).start()) {
            HzClient client = HzClient.newClient(config(member).build());
            client.getMap("m");
            assertThat(clientThreads()).as("the client runs threads of its own").hasSizeGreaterThan(before.size());
            client.shutdown();
            assertEventually(WAIT, () -> assertThat(clientThreads()).as("threads left after shutdown")
                    .isSubsetOf(before));
        }
    }

    private static Set<Thread> clientThreads() {
        Set<Thread> threads = new HashSet<>(Thread.getAllStackTraces().keySet());
        threads.removeIf(t -> !t.isAlive() || !t.getName().startsWith("hz.client"));
        return threads;
    }

    private static void assertFailsWithClientNotActive(CompletableFuture<?> pending) throws InterruptedException {
        try {
            pending.get(10, TimeUnit.SECONDS); // far below the 60 s invocation timeout; loose for a loaded machine
            throw new AssertionError("the call succeeded after shutdown");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(ClientNotActiveException.class);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the call still waits 10 s after shutdown: its caller would hang", e);
        }
    }
}
