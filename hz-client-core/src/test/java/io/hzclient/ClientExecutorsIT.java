package io.hzclient;

import io.hzclient.config.ClientConfig;
import io.hzclient.test.AsyncThreads;
import io.hzclient.test.TestCluster;
import io.hzclient.topic.Topic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's executor and thread factory: async futures complete on the one, listener callbacks run on
 * threads of the other, and the client leaves the application's executor running when it shuts down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientExecutorsIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private TestCluster cluster;

    @BeforeAll
    void start() {
        cluster = TestCluster.start(1);
    }

    @AfterAll
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static ThreadFactory named(String prefix, AtomicInteger made) {
        return r -> {
            Thread t = new Thread(r, prefix + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Test
    void asyncCallsCompleteOnTheGivenExecutorAndListenersRunOnThreadsOfTheGivenFactory() throws Exception {
        AtomicInteger userThreads = new AtomicInteger();
        AtomicInteger eventThreads = new AtomicInteger();
        ExecutorService appExecutor = Executors.newFixedThreadPool(2, named("app-user-", userThreads));
        HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).userExecutor(appExecutor)
                .eventThreadFactory(named("app-event-", eventThreads)).build());
        try {
            assertThat(AsyncThreads.completingThreadOfAnAsyncCall(client, WAIT).getName()).startsWith("app-user-");

            Topic<String> topic = client.getTopic(TestCluster.uniqueName("topic"));
            CompletableFuture<String> listenerThread = new CompletableFuture<>();
            topic.addMessageListener(m -> listenerThread.complete(Thread.currentThread().getName()));
            topic.publish("hello");
            assertThat(listenerThread.get(WAIT.toSeconds(), TimeUnit.SECONDS)).startsWith("app-event-");
            assertThat(eventThreads.get()).isPositive();
        } finally {
            client.shutdown();
        }
        // the application's executor is the application's to shut down
        assertThat(appExecutor.isShutdown()).isFalse();
        assertThat(appExecutor.submit(() -> "still running").get(WAIT.toSeconds(), TimeUnit.SECONDS))
                .isEqualTo("still running");
        appExecutor.shutdown();
    }

    @Test
    void withoutThemAsyncCallsCompleteOnTheClientsOwnThreads() throws Exception {
        HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build());
        try {
            assertThat(AsyncThreads.completingThreadOfAnAsyncCall(client, WAIT).getName()).startsWith("hz.client.user");
        } finally {
            client.shutdown();
        }
    }
}
