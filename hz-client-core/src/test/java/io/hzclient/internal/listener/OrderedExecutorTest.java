package io.hzclient.internal.listener;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderedExecutorTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final String threadName = "test.event." + NAMES.incrementAndGet();
    private final CountDownLatch never = new CountDownLatch(1);
    private OrderedExecutor executor;

    @AfterEach
    void closeAndRelease() {
        never.countDown();
        if (executor != null) {
            executor.close();
        }
    }

    @Test
    void aKeyBlockedForeverHoldsNoOtherKeyBack() throws Exception {
        executor = new OrderedExecutor(threadName);
        CountDownLatch blocked = new CountDownLatch(1);
        // 1 and 3: the same lane under the old two-lane executor, which put keys in lanes by hash
        executor.execute(1, () -> {
            blocked.countDown();
            awaitUninterruptibly(never);
        });
        assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();
        List<Integer> ran = new CopyOnWriteArrayList<>();
        CountDownLatch all = new CountDownLatch(1000);
        for (int i = 0; i < 1000; i++) {
            int n = i;
            executor.execute(3, () -> {
                ran.add(n);
                all.countDown();
            });
        }
        assertThat(all.await(30, TimeUnit.SECONDS)).as("key 3's tasks ran while key 1's first one is stuck").isTrue();
        assertThat(ran).containsExactlyElementsOf(IntStream.range(0, 1000).boxed().toList());
        assertThat(never.getCount()).as("key 1's task is still stuck").isEqualTo(1);
    }

    @Test
    void aLaneBlockedForeverHoldsNoOtherLaneBack() throws Exception {
        executor = new OrderedExecutor(threadName);
        Executor stuck = executor.newLane("stuck");
        CountDownLatch blocked = new CountDownLatch(1);
        stuck.execute(() -> {
            blocked.countDown();
            awaitUninterruptibly(never);
        });
        AtomicBoolean stuckRanAgain = new AtomicBoolean();
        stuck.execute(() -> stuckRanAgain.set(true));
        assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();

        List<Executor> others = List.of(executor.newLane("a"), executor.newLane("b"), executor.newLane("c"));
        List<List<Integer>> ran = List.of(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>(),
                new CopyOnWriteArrayList<>());
        CountDownLatch all = new CountDownLatch(3 * 1000);
        for (int i = 0; i < 1000; i++) {
            for (int lane = 0; lane < 3; lane++) {
                int n = i;
                List<Integer> seen = ran.get(lane);
                others.get(lane).execute(() -> {
                    seen.add(n);
                    all.countDown();
                });
            }
        }
        assertThat(all.await(30, TimeUnit.SECONDS)).isTrue();
        for (List<Integer> seen : ran) {
            assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 1000).boxed().toList());
        }
        assertThat(stuckRanAgain).as("the stuck lane's next task waits for the stuck one").isFalse();

        never.countDown();
        assertEventually(WAIT, () -> assertThat(stuckRanAgain).isTrue());
    }

    @Test
    void oneLaneRunsOneTaskAtATimeInTheOrderGivenFromManyThreads() throws Exception {
        executor = new OrderedExecutor(threadName);
        Executor lane = executor.newLane("shared");
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<List<Integer>> perProducer = new ArrayList<>();
        List<Thread> producers = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(4 * 2000);
        for (int p = 0; p < 4; p++) {
            List<Integer> seen = new CopyOnWriteArrayList<>();
            perProducer.add(seen);
            producers.add(new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    int n = i;
                    lane.execute(() -> {
                        if (running.incrementAndGet() != 1) {
                            overlaps.incrementAndGet();
                        }
                        seen.add(n);
                        running.decrementAndGet();
                        done.countDown();
                    });
                }
            }));
        }
        producers.forEach(Thread::start);
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(overlaps).as("tasks of one lane that ran at the same time").hasValue(0);
        for (List<Integer> seen : perProducer) {
            assertThat(seen).as("each producer's tasks in its order")
                    .containsExactlyElementsOf(IntStream.range(0, 2000).boxed().toList());
        }
    }

    @Test
    void aTaskThatThrowsDoesNotStopItsLane() throws Exception {
        executor = new OrderedExecutor(threadName);
        Executor lane = executor.newLane("throws");
        CountDownLatch next = new CountDownLatch(1);
        lane.execute(() -> {
            throw new IllegalStateException("boom");
        });
        lane.execute(next::countDown);
        assertThat(next.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aStuckLaneHoldsAtMostItsCapacityOfTasksAndDropsTheRest() throws Exception {
        executor = new OrderedExecutor(threadName, 10, Duration.ofSeconds(2));
        SerialLane lane = (SerialLane) executor.newLane("bounded");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        lane.execute(() -> {
            blocked.countDown();
            awaitUninterruptibly(release);
        });
        assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();
        List<Integer> ran = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 25; i++) {
            int n = i;
            lane.execute(() -> ran.add(n));
        }
        assertThat(lane.dropped()).isEqualTo(15);
        release.countDown();
        assertEventually(WAIT, () -> assertThat(ran).containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList()));
        lane.execute(() -> ran.add(99));
        assertEventually(WAIT, () -> assertThat(ran).endsWith(99));
    }

    @Test
    void byDefaultAStuckLaneHoldsOneHundredThousandTasks() throws Exception {
        executor = new OrderedExecutor(threadName);
        SerialLane lane = (SerialLane) executor.newLane("default bound");
        CountDownLatch blocked = new CountDownLatch(1);
        lane.execute(() -> {
            blocked.countDown();
            awaitUninterruptibly(never);
        });
        assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < OrderedExecutor.LANE_CAPACITY; i++) {
            lane.execute(() -> { });
        }
        assertThat(lane.dropped()).isZero();
        lane.execute(() -> { });
        assertThat(lane.dropped()).isEqualTo(1);
        assertThat(OrderedExecutor.LANE_CAPACITY).as("the number the listener Javadoc promises").isEqualTo(100_000);
    }

    @Test
    void closeWaitsForTheTasksQueuedBeforeIt() throws Exception {
        executor = new OrderedExecutor(threadName, 100, WAIT);
        Executor lane = executor.newLane("busy");
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        lane.execute(() -> {
            started.countDown();
            awaitUninterruptibly(go);
        });
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 100; i++) {
            lane.execute(ran::incrementAndGet);
        }
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        Thread closer = new Thread(executor::close);
        closer.start();
        assertEventually(WAIT, () -> assertThat(closer.getState()).isEqualTo(Thread.State.TIMED_WAITING));
        go.countDown();
        closer.join(WAIT.toMillis());
        assertThat(closer.isAlive()).isFalse();
        assertThat(ran).as("tasks queued before close ran before it returned").hasValue(100);
        assertEventually(WAIT, () -> assertThat(threadsNamed(threadName)).isEmpty());
    }

    @Test
    void closeInterruptsATaskStillRunningAfterTheGraceAndNoThreadRemains() throws Exception {
        executor = new OrderedExecutor(threadName, 100, Duration.ofMillis(200));
        CountDownLatch blocked = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean nextRan = new AtomicBoolean();
        Executor lane = executor.newLane("stuck");
        lane.execute(() -> {
            blocked.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        lane.execute(() -> nextRan.set(true));
        assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(threadsNamed(threadName)).isNotEmpty();

        executor.close();

        assertEventually(WAIT, () -> assertThat(interrupted).as("the stuck task was interrupted").isTrue());
        assertEventually(WAIT, () -> assertThat(threadsNamed(threadName)).isEmpty());
        assertThat(nextRan).as("what was queued behind it is dropped").isFalse();
    }

    @Test
    void tasksAfterCloseAreDroppedWithoutFailing() {
        executor = new OrderedExecutor(threadName);
        executor.close();
        AtomicBoolean ran = new AtomicBoolean();
        executor.execute("key", () -> ran.set(true));
        executor.newLane("late").execute(() -> ran.set(true));
        assertThat(ran).isFalse();
        assertThat(threadsNamed(threadName)).isEmpty();
    }

    @Test
    void closeFromOneOfItsOwnTasksDoesNotWaitForItself() throws Exception {
        executor = new OrderedExecutor(threadName, 100, Duration.ofHours(1));
        CountDownLatch closed = new CountDownLatch(1);
        executor.newLane("closer").execute(() -> {
            executor.close();
            closed.countDown();
        });
        assertThat(closed.await(30, TimeUnit.SECONDS)).as("close returned within its own task").isTrue();
        assertEventually(WAIT, () -> assertThat(threadsNamed(threadName)).isEmpty());
    }

    @Test
    void aLaneCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new OrderedExecutor(threadName, 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("laneCapacity").hasMessageContaining("0");
    }

    private static List<Thread> threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix + "-")).toList();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
