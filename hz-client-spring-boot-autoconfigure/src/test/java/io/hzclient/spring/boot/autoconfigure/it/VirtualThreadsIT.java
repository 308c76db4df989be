package io.hzclient.spring.boot.autoconfigure.it;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.HzClient;
import io.hzclient.queue.HzQueue;
import io.hzclient.spring.boot.HzQueueListener;
import io.hzclient.spring.boot.HzTopicListener;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.HzClientConfigCustomizer;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.test.AsyncThreads;
import io.hzclient.test.FreePorts;
import io.hzclient.test.MemberMain;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.VirtualThreadTaskExecutor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spring.threads.virtual.enabled=true}: on Java 21 and later the client's async futures complete, its listener
 * callbacks and the {@code @HzQueueListener} consumers run on virtual threads; on Java 17 the property changes
 * nothing (Boot's {@code Threading.VIRTUAL} is not active there). The normal build runs on 17; the Java 21+ test runs
 * with {@code -Djvm=<a JDK 21+>/bin/java} (see the README, "Threads and virtual threads").
 */
class VirtualThreadsIT {
    static final String CLUSTER = TestCluster.newClusterName();
    static final int PORT = FreePorts.next();
    static final Duration WAIT = Duration.ofSeconds(60);
    static HazelcastInstance member;

    @BeforeAll
    static void startMember() {
        member = MemberMain.startInThisJvm(CLUSTER, PORT, Map.of());
    }

    @AfterAll
    static void stopMember() {
        member.getLifecycleService().terminate();
    }

    private ApplicationContextRunner app() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class))
                .withUserConfiguration(Listeners.class)
                .withPropertyValues("hz.client.cluster-name=" + CLUSTER, "hz.client.cluster-members=127.0.0.1:" + PORT,
                        "spring.threads.virtual.enabled=true");
    }

    /** "VirtualThread[#..." : Thread.isVirtual() is Java 21 API, and the tests compile for 17. */
    private static boolean isVirtual(Thread t) {
        return t.toString().startsWith("VirtualThread[");
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void onJava21AndLaterTheClientsCallbacksAndQueueConsumersRunOnVirtualThreads() throws Exception {
        app().run(context -> {
            assertThat(context).hasNotFailed().hasBean("hzClientVirtualThreads");
            HzClient client = context.getBean(HzClient.class);
            Listeners listeners = context.getBean(Listeners.class);
            assertThat(isVirtual(AsyncThreads.completingThreadOfAnAsyncCall(client, WAIT))).isTrue();

            client.getTopic("virtual-news").publish("hello");
            assertThat(isVirtual(listeners.topicThread.get(WAIT.toSeconds(), TimeUnit.SECONDS))).isTrue();

            client.getQueue("virtual-jobs").offer("job");
            Thread consumer = listeners.queueThread.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(isVirtual(consumer)).isTrue();
            assertThat(consumer.getName()).isEqualTo("hz-queue-virtual-jobs-0");
        });
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void blockingCallsOnVirtualThreadsReleaseTheirCarriers() throws Exception {
        app().run(context -> {
            HzQueue<String> empty = context.getBean(HzClient.class).getQueue(TestCluster.uniqueName("empty"));
            // 200 blocking polls of 3 s each on virtual threads: parked, they leave their carriers (as many as the
            // machine has cores) to the others, so all end in about 3 s; pinned, they would take 200 * 3 s / cores
            VirtualThreadTaskExecutor virtual = new VirtualThreadTaskExecutor("poller-");
            List<CompletableFuture<String>> polls = new ArrayList<>();
            long begin = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                CompletableFuture<String> poll = new CompletableFuture<>();
                virtual.execute(() -> {
                    try {
                        poll.complete(empty.poll(3, TimeUnit.SECONDS));
                    } catch (Throwable t) {
                        poll.completeExceptionally(t);
                    }
                });
                polls.add(poll);
            }
            CompletableFuture.allOf(polls.toArray(CompletableFuture[]::new)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(polls).allMatch(p -> p.join() == null);
            int cores = Runtime.getRuntime().availableProcessors();
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin)).isLessThan(200L * 3 / cores / 2);
        });
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void anApplicationsCustomizerStillChoosesItsOwnExecutor() throws Exception {
        app().withBean(HzClientConfigCustomizer.class,
                () -> b -> b.userExecutor(r -> new Thread(r, "app-user").start())).run(context -> {
            assertThat(AsyncThreads.completingThreadOfAnAsyncCall(context.getBean(HzClient.class), WAIT).getName())
                    .isEqualTo("app-user");
        });
    }

    @Test
    @EnabledForJreRange(max = JRE.JAVA_20)
    void beforeJava21ThePropertyChangesNothing() throws Exception {
        app().run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean("hzClientVirtualThreads");
            Thread t = AsyncThreads.completingThreadOfAnAsyncCall(context.getBean(HzClient.class), WAIT);
            assertThat(isVirtual(t)).isFalse();
            assertThat(t.getName()).startsWith("hz.client.user");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Listeners {
        final CompletableFuture<Thread> topicThread = new CompletableFuture<>();
        final CompletableFuture<Thread> queueThread = new CompletableFuture<>();

        @HzTopicListener("virtual-news")
        void onNews(String news) {
            topicThread.complete(Thread.currentThread());
        }

        @HzQueueListener("virtual-jobs")
        void onJob(String job) {
            queueThread.complete(Thread.currentThread());
        }
    }
}
