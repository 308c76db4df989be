package io.hzclient.internal.cp;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.cp.CPGroupId;
import io.hzclient.cp.HzFencedLock;
import io.hzclient.cp.HzSemaphore;
import io.hzclient.cp.LockOwnershipLostException;
import io.hzclient.map.HzMap;
import io.hzclient.test.SeparateJvmCluster;
import io.hzclient.test.SeparateJvmMember;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CP fenced locks and semaphores on three 5.4.0 members, each in its own JVM, with the CP Subsystem on and sessions
 * that expire 8 seconds after their last heartbeat. Run alone: {@code mvn -B -pl hz-client-core -am verify -Dtest=none
 * -Dit.test=LockAndSemaphoreIT -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockAndSemaphoreIT {
    static final int SESSION_TTL_SECONDS = 8;
    /** The one semaphore the members configure as JDK-compatible (sessionless). */
    static final String JDK_SEMAPHORE = "jdk-semaphore";
    private SeparateJvmCluster cluster;
    private HzClient one;
    private HzClient two;

    @BeforeAll
    void start() {
        cluster = SeparateJvmCluster.start(3, b -> b.hazelcastJar(SeparateJvmMember.memberJar("5.4.0")).cpMembers(3)
                .cpSessions(SESSION_TTL_SECONDS, 1).jdkCompatibleSemaphore(JDK_SEMAPHORE));
        one = client();
        two = client();
    }

    private HzClient client() {
        return HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build());
    }

    @AfterAll
    void stop() {
        for (HzClient c : new HzClient[] {one, two}) {
            if (c != null) {
                c.shutdown();
            }
        }
        cluster.close();
    }

    private static <T> T onOtherThread(java.util.concurrent.Callable<T> task) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(task).get(60, TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void everyMethodActsOnTheOneLockBothClientsSee() throws Exception {
        String name = TestCluster.uniqueName("lock");
        HzFencedLock a = one.getCPSubsystem().getLock(name);
        HzFencedLock b = two.getCPSubsystem().getLock(name);
        assertThat(one.getCPSubsystem().getLock(name)).isSameAs(a);

        assertThat(a.isLocked()).isFalse();
        assertThat(a.getLockCount()).isZero();
        long fence = a.lockAndGetFence();
        assertThat(fence).isNotEqualTo(HzFencedLock.INVALID_FENCE);
        assertThat(a.lockAndGetFence()).as("reentrant: the same fence").isEqualTo(fence);
        assertThat(a.getFence()).isEqualTo(fence);
        assertThat(a.getLockCount()).isEqualTo(2);
        assertThat(a.isLockedByCurrentThread()).isTrue();
        assertThat(b.isLocked()).isTrue();
        assertThat(b.isLockedByCurrentThread()).isFalse();
        assertThat(b.getLockCount()).isEqualTo(2);
        assertThat(b.tryLock()).isFalse();
        assertThat(b.tryLockAndGetFence(100, TimeUnit.MILLISECONDS)).isEqualTo(HzFencedLock.INVALID_FENCE);
        assertThatThrownBy(b::unlock).isInstanceOf(IllegalMonitorStateException.class);
        assertThatThrownBy(b::getFence).isInstanceOf(IllegalMonitorStateException.class);
        assertThat((boolean) onOtherThread(a::isLockedByCurrentThread)).as("another thread of the same client").isFalse();
        assertThat((boolean) onOtherThread(() -> a.tryLock())).isFalse();

        a.unlock();
        assertThat(a.isLocked()).as("still held once").isTrue();
        CompletableFuture<Long> waiting = CompletableFuture.supplyAsync(() -> b.tryLockAndGetFence(60,
                TimeUnit.SECONDS));
        a.unlock();
        long next = waiting.get(60, TimeUnit.SECONDS);
        assertThat(next).as("a new owner gets a greater fence").isGreaterThan(fence);
        assertThat(a.isLocked()).isTrue();
        assertThatThrownBy(a::unlock).isInstanceOf(IllegalMonitorStateException.class);
        assertThatThrownBy(a::newCondition).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theLockViewLocksAndUnlocksAndInterruptedCallersDoNotAsk() throws Exception {
        java.util.concurrent.locks.Lock lock = one.getCPSubsystem().getLock(TestCluster.uniqueName("view"));
        Thread.currentThread().interrupt();
        assertThatThrownBy(lock::lockInterruptibly).isInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(((HzFencedLock) lock).isLocked()).as("not requested").isFalse();

        lock.lockInterruptibly();
        try {
            assertThat(lock.tryLock(1, TimeUnit.SECONDS)).isTrue();
            lock.unlock();
        } finally {
            lock.unlock();
        }
        assertThat(((HzFencedLock) lock).isLocked()).isFalse();
    }

    @Test
    void anInterruptedWaitStillEndsHoldingTheLockItWasGranted() throws Exception {
        String name = TestCluster.uniqueName("interrupt");
        HzFencedLock holder = two.getCPSubsystem().getLock(name);
        HzFencedLock waiter = one.getCPSubsystem().getLock(name);
        holder.lock();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        AtomicReference<Thread> waiting = new AtomicReference<>();
        try {
            Future<Boolean> result = thread.submit(() -> {
                waiting.set(Thread.currentThread());
                waiter.lock(); // its session, thread id and lock calls all wait through the interrupt
                boolean interrupted = Thread.interrupted(); // cleared, so that the next calls can wait
                boolean mine = waiter.isLockedByCurrentThread();
                waiter.unlock();
                return interrupted && mine;
            });
            io.hzclient.test.Eventually.assertEventually(java.time.Duration.ofSeconds(30), () -> {
                assertThat(waiting.get()).isNotNull();
                assertThat(waiting.get().getState()).isIn(Thread.State.WAITING, Thread.State.TIMED_WAITING);
            });
            thread.shutdownNow(); // interrupts the waiting lock()
            holder.unlock();
            assertThat(result.get(60, TimeUnit.SECONDS)).as("granted, and the interrupt kept").isTrue();
        } finally {
            thread.shutdownNow();
        }
        assertThat(holder.isLocked()).isFalse();
    }

    @Test
    void aLockGuardsACounterAcrossTwoClientsAndEightThreadsWithFencesIncreasing() throws Exception {
        String name = TestCluster.uniqueName("guard");
        HzMap<String, Long> counterOne = one.getMap(name);
        HzMap<String, Long> counterTwo = two.getMap(name);
        counterOne.put("n", 0L);
        int threads = 8;
        int rounds = 40;
        List<long[]> seen = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2 * threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2 * threads; t++) {
                HzFencedLock lock = (t % 2 == 0 ? one : two).getCPSubsystem().getLock(name);
                HzMap<String, Long> counter = t % 2 == 0 ? counterOne : counterTwo;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < rounds; i++) {
                        long fence = lock.lockAndGetFence();
                        try {
                            long value = counter.get("n"); // read, then write: a lost update shows in the total
                            counter.put("n", value + 1);
                            seen.add(new long[] {value, fence});
                        } finally {
                            lock.unlock();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(counterOne.get("n")).isEqualTo(2L * threads * rounds);
        List<long[]> inOrder = new ArrayList<>(seen);
        inOrder.sort((x, y) -> Long.compare(x[0], y[0]));
        for (int i = 1; i < inOrder.size(); i++) {
            assertThat(inOrder.get(i)[1]).as("fence of the holder that read " + inOrder.get(i)[0])
                    .isGreaterThan(inOrder.get(i - 1)[1]);
        }
    }

    @Test
    void aClientThatShutsDownClosesItsSessionSoItsLockAndPermitsAreFreeAtOnce() {
        String name = TestCluster.uniqueName("closing");
        HzSemaphore permits = one.getCPSubsystem().getSemaphore(name);
        permits.init(2);
        HzClient leaving = client();
        try {
            leaving.getCPSubsystem().getLock(name).lock();
            leaving.getCPSubsystem().getSemaphore(name).acquire(2);
        } finally {
            leaving.shutdown();
        }
        assertThat(one.getCPSubsystem().getLock(name).tryLock()).as("freed by the closed session, not its expiry")
                .isTrue();
        assertThat(permits.tryAcquire(2)).isTrue();
        one.getCPSubsystem().getLock(name).unlock();
        permits.release(2);
    }

    @Test
    void aLockWhoseSessionTheGroupClosedIsReportedLostToItsOwner() {
        String name = TestCluster.uniqueName("lost");
        HzFencedLock lock = one.getCPSubsystem().getLock(name);
        lock.lock();
        ClientCPSubsystem cp = (ClientCPSubsystem) one.getCPSubsystem();
        CPGroupId group = lock.getGroupId();
        long session = cp.sessions().current(group);
        assertThat(cp.invocations().invoke(CPSessionCodec.closeSession(group, session)).sync()).isTrue();

        assertThat(two.getCPSubsystem().getLock(name).tryLock()).as("the group released it").isTrue();
        assertThatThrownBy(lock::unlock).isInstanceOf(LockOwnershipLostException.class)
                .hasMessageContaining("session " + session);
        long fence = lock.tryLockAndGetFence();
        assertThat(fence).as("held by the other client").isEqualTo(HzFencedLock.INVALID_FENCE);
        two.getCPSubsystem().getLock(name).unlock();
        assertThat(lock.tryLock()).as("a new session takes it again").isTrue();
        assertThat(cp.sessions().current(group)).isNotEqualTo(session);
        lock.unlock();
    }

    /** Starts {@link CPHolderMain} with these arguments; returns it once it holds, and what it printed it holds. */
    private long[] startHolder(Process[] started, String... what) throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx128m", "-cp",
                System.getProperty("java.class.path"), CPHolderMain.class.getName(), cluster.clusterName(),
                String.join(",", cluster.addresses())));
        command.addAll(List.of(what));
        started[0] = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(started[0].getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        do {
            line = out.readLine();
        } while (line != null && !line.startsWith(CPHolderMain.HELD));
        assertThat(line).as("the holder took " + String.join(" ", what)).isNotNull();
        return new long[] {Long.parseLong(line.substring(CPHolderMain.HELD.length()).trim())};
    }

    private static void kill(Process holder) throws InterruptedException {
        holder.destroyForcibly(); // SIGKILL: no session closed
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aLockHeldByAKilledClientIsFreedWhenItsSessionExpires() throws Exception {
        String name = TestCluster.uniqueName("killed");
        Process[] holder = new Process[1];
        try {
            long holderFence = startHolder(holder, "lock", name)[0];
            HzFencedLock lock = one.getCPSubsystem().getLock(name);
            assertThat(lock.tryLock(2 * SESSION_TTL_SECONDS, TimeUnit.SECONDS)).as("heartbeats keep it held")
                    .isFalse();

            kill(holder[0]);
            long fence = lock.tryLockAndGetFence(120, TimeUnit.SECONDS);
            assertThat(fence).as("freed once the session expired").isGreaterThan(holderFence);
            lock.unlock();
        } finally {
            if (holder[0] != null) {
                holder[0].destroyForcibly();
            }
        }
    }

    // ---- semaphores

    @Test
    void everySemaphoreMethodActsOnTheOneSemaphoreBothClientsSee() throws Exception {
        String name = TestCluster.uniqueName("sem");
        HzSemaphore a = one.getCPSubsystem().getSemaphore(name);
        HzSemaphore b = two.getCPSubsystem().getSemaphore(name);
        assertThat(one.getCPSubsystem().getSemaphore(name)).isSameAs(a);
        assertThat(a.isJdkCompatible()).isFalse();
        assertThat(a.getGroupId()).isEqualTo(b.getGroupId());

        assertThat(a.availablePermits()).isZero();
        assertThat(a.init(3)).isTrue();
        assertThat(b.init(5)).as("initialized once").isFalse();
        assertThat(b.availablePermits()).isEqualTo(3);

        a.acquire();
        assertThat(a.tryAcquire(2)).isTrue();
        assertThat(b.availablePermits()).isZero();
        assertThat(b.tryAcquire()).isFalse();
        assertThat(b.tryAcquire(1, 200, TimeUnit.MILLISECONDS)).as("times out").isFalse();

        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> b.tryAcquire(2, 60, TimeUnit.SECONDS));
        a.release(2);
        assertThat(waiting.get(60, TimeUnit.SECONDS)).as("the release woke the other client's wait").isTrue();
        assertThat(a.availablePermits()).isZero();
        a.release();
        assertThat(a.availablePermits()).isEqualTo(1);

        a.increasePermits(4);
        assertThat(b.availablePermits()).isEqualTo(5);
        assertThat(b.drainPermits()).isEqualTo(5);
        assertThat(a.availablePermits()).isZero();
        a.reducePermits(2);
        assertThat(b.availablePermits()).as("reduced below zero").isEqualTo(-2);
        a.increasePermits(2);
        a.reducePermits(0);
        a.increasePermits(0);
        assertThat(a.availablePermits()).isZero();

        assertThatThrownBy(() -> a.acquire(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.tryAcquire(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.release(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.reducePermits(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.increasePermits(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.init(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.tryAcquire(1, TimeUnit.SECONDS.toMillis(1), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void sessionAwarePermitsAreReleasedOnlyByTheClientThatHoldsThem() throws Exception {
        String name = TestCluster.uniqueName("owned");
        HzSemaphore ours = one.getCPSubsystem().getSemaphore(name);
        ours.init(3);
        ours.acquire(2);
        assertThat(onOtherThread(() -> {
            ours.release();
            return ours.availablePermits();
        })).as("the permits are the session's: any thread of the client gives them back").isEqualTo(2);

        HzSemaphore theirs = two.getCPSubsystem().getSemaphore(name);
        theirs.acquire();
        assertThatThrownBy(() -> theirs.release(2)).as("more than that client holds")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("acquired less than 2 permits");
        assertThat(ours.availablePermits()).as("nothing given back by the refused release").isEqualTo(1);
        theirs.release();
        assertThatThrownBy(() -> ours.release(2)).as("more than this client holds")
                .isInstanceOf(IllegalStateException.class);
        ours.release();
        assertThat(ours.availablePermits()).isEqualTo(3);
    }

    @Test
    void aRefusedReleaseKeepsTheSessionsHoldsSoALockTakenLaterIsKeptAlive() {
        String name = TestCluster.uniqueName("refused");
        HzSemaphore permits = one.getCPSubsystem().getSemaphore(name);
        permits.init(1);
        permits.acquire();
        assertThatThrownBy(() -> permits.release(2)).isInstanceOf(IllegalStateException.class);
        permits.release();
        // had the refused release been counted, the session would count fewer holds than it has, and no heartbeat
        // would keep this lock's session open
        HzFencedLock lock = one.getCPSubsystem().getLock(name);
        lock.lock();
        assertThat(two.getCPSubsystem().getLock(name).tryLock(2 * SESSION_TTL_SECONDS, TimeUnit.SECONDS))
                .as("heartbeats keep it held").isFalse();
        lock.unlock();
        assertThat(lock.isLocked()).isFalse();
    }

    @Test
    void aJdkCompatibleSemaphoreTakesReleasesFromAnyone() throws Exception {
        HzSemaphore a = one.getCPSubsystem().getSemaphore(JDK_SEMAPHORE);
        HzSemaphore b = two.getCPSubsystem().getSemaphore(JDK_SEMAPHORE);
        assertThat(a.isJdkCompatible()).isTrue();
        assertThat(a.init(1)).isTrue();
        a.acquire();
        assertThat(onOtherThread(() -> {
            b.release();
            return b.availablePermits();
        })).as("another client's thread gives it back").isEqualTo(1);
        b.release(2);
        assertThat(a.availablePermits()).as("released without being taken: more permits").isEqualTo(3);
        assertThat(a.tryAcquire(3, 10, TimeUnit.SECONDS)).isTrue();
        assertThat(b.drainPermits()).isZero();
        b.increasePermits(1);
        assertThat(a.availablePermits()).isEqualTo(1);
    }

    @Test
    void permitsHeldByAKilledClientComeBackWhenItsSessionExpires() throws Exception {
        String name = TestCluster.uniqueName("sem-killed");
        HzSemaphore semaphore = one.getCPSubsystem().getSemaphore(name);
        semaphore.init(3);
        Process[] holder = new Process[1];
        try {
            assertThat(startHolder(holder, "semaphore", name, "2")[0]).isEqualTo(2);
            assertThat(semaphore.tryAcquire(2, 2 * SESSION_TTL_SECONDS, TimeUnit.SECONDS))
                    .as("heartbeats keep them held").isFalse();
            kill(holder[0]);
            assertThat(semaphore.tryAcquire(3, 120, TimeUnit.SECONDS)).as("all back once the session expired")
                    .isTrue();
            semaphore.release(3);
        } finally {
            if (holder[0] != null) {
                holder[0].destroyForcibly();
            }
        }
    }
}
