package io.hzclient.spring.boot.autoconfigure.it;

import com.hazelcast.collection.IQueue;
import com.hazelcast.core.HazelcastInstance;
import io.hzclient.spring.boot.HzQueueListener.OnFailure;
import io.hzclient.spring.boot.HzQueueListener;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.test.FreePorts;
import io.hzclient.test.MemberMain;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@link HzQueueListener} against a real member: consumption, the three failure handlings, and a shutdown that loses nothing. */
class HzQueueListenerIT {
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

    private ApplicationContextRunner app(Class<?> user) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class))
                .withUserConfiguration(user)
                .withPropertyValues("hz.client.cluster-name=" + CLUSTER, "hz.client.cluster-members=127.0.0.1:" + PORT);
    }

    @Test
    void threeConsumersTakeEveryItemExactlyOnce() {
        IQueue<Object> jobs = member.getQueue("listener-jobs");
        app(Consumers.class).run(context -> {
            assertThat(context).hasNotFailed();
            Consumers.Service s = context.getBean(Consumers.Service.class);
            for (int i = 0; i < 300; i++) {
                jobs.offer("job-" + i);
            }
            await().atMost(WAIT).untilAsserted(() -> assertThat(s.seen).hasSize(300));
            assertThat(new HashSet<>(s.seen)).hasSize(300);
            assertThat(s.threads.keySet()).hasSizeGreaterThan(1).allMatch(n -> n.startsWith("hz-queue-listener-jobs-"));
        });
    }

    @Test
    void aFailedItemIsMovedToTheDeadLetterQueueOrRetried() {
        IQueue<Object> failing = member.getQueue("listener-failing");
        IQueue<Object> flaky = member.getQueue("listener-flaky");
        app(Failures.class).run(context -> {
            assertThat(context).hasNotFailed();
            Failures.Service s = context.getBean(Failures.Service.class);
            failing.offer("bad-1");
            flaky.offer("flaky-1");
            await().atMost(WAIT).untilAsserted(() ->
                    assertThat(member.getQueue("listener-dead")).containsExactly("bad-1"));
            await().atMost(WAIT).untilAsserted(() -> assertThat(s.flakyDone).containsExactly("flaky-1"));
            assertThat(s.flakyAttempts.get()).as("two failures, then success").isEqualTo(3);
            assertThat(failing).isEmpty();
        });
    }

    @Test
    void closingTheContextMidStreamLosesNoItemTaken() {
        IQueue<Object> slow = member.getQueue("listener-slow");
        List<Object> all = new ArrayList<>();
        for (int i = 0; i < 2000; i++) { // 20 s of work for the two consumers: the close comes long before the end
            all.add("slow-" + i);
            slow.offer("slow-" + i);
        }
        Queue<Object> processed = new ConcurrentLinkedQueue<>();
        app(Slow.class).withBean("processed", Queue.class, () -> processed).run(context -> {
            assertThat(context).hasNotFailed();
            await().atMost(WAIT).until(() -> processed.size() >= 20);
        }); // closes the context while the consumers are busy
        List<Object> accounted = new ArrayList<>(processed);
        accounted.addAll(slow);
        assertThat(processed.size()).as("stopped before the end").isLessThan(2000);
        assertThat(accounted).as("every item processed or still on the queue, none twice").containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void aMethodThatCannotTakeAnItemFailsTheStartup() {
        app(WrongSignature.class).run(context -> assertThat(context.getStartupFailure())
                .rootCause().hasMessageContaining("must take exactly one parameter"));
        app(MoveWithoutDeadLetters.class).run(context -> assertThat(context.getStartupFailure())
                .rootCause().hasMessageContaining("MOVE needs a deadLetterQueue"));
        app(NoConsumers.class).run(context -> assertThat(context.getStartupFailure())
                .rootCause().hasMessageContaining("consumers must be at least 1, got 0"));
    }

    @Configuration(proxyBeanMethods = false)
    @Import(NoConsumers.Service.class)
    static class NoConsumers {
        static class Service {
            @HzQueueListener(value = "listener-none", consumers = 0)
            void take(String item) {
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import(Consumers.Service.class)
    static class Consumers {
        static class Service {
            final Queue<Object> seen = new ConcurrentLinkedQueue<>();
            final Map<String, Boolean> threads = new ConcurrentHashMap<>();

            /** Opens once two consumers hold an item at the same time. */
            final CountDownLatch twoAtOnce = new CountDownLatch(2);

            @HzQueueListener(value = "listener-jobs", consumers = 3)
            void take(String job) throws InterruptedException {
                if (threads.putIfAbsent(Thread.currentThread().getName(), true) == null) {
                    twoAtOnce.countDown();
                    twoAtOnce.await(30, TimeUnit.SECONDS); // a lone consumer goes on after 30 s, and the test fails
                }
                seen.add(job);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import(Failures.Service.class)
    static class Failures {
        static class Service {
            final AtomicInteger flakyAttempts = new AtomicInteger();
            final Queue<Object> flakyDone = new ConcurrentLinkedQueue<>();

            @HzQueueListener(value = "listener-failing", onFailure = OnFailure.MOVE, deadLetterQueue = "listener-dead")
            void alwaysFails(String item) {
                throw new IllegalStateException("cannot process " + item);
            }

            @HzQueueListener(value = "listener-flaky", onFailure = OnFailure.RETRY, maxAttempts = 3)
            void failsTwice(String item) {
                if (flakyAttempts.incrementAndGet() < 3) {
                    throw new IllegalStateException("not yet");
                }
                flakyDone.add(item);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import(Slow.Service.class)
    static class Slow {
        static class Service {
            private final Queue<Object> processed;

            Service(Queue<Object> processed) {
                this.processed = processed;
            }

            @HzQueueListener(value = "listener-slow", consumers = 2)
            void take(String item) throws InterruptedException {
                Thread.sleep(20);
                processed.add(item);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import(WrongSignature.Service.class)
    static class WrongSignature {
        static class Service {
            @HzQueueListener("listener-wrong")
            void take(String item, int extra) {
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import(MoveWithoutDeadLetters.Service.class)
    static class MoveWithoutDeadLetters {
        static class Service {
            @HzQueueListener(value = "listener-move", onFailure = OnFailure.MOVE)
            void take(String item) {
            }
        }
    }
}
