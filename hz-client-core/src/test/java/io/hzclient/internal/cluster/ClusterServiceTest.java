package io.hzclient.internal.cluster;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.hzclient.Member;
import io.hzclient.MembershipEvent;
import io.hzclient.MembershipListener;
import io.hzclient.internal.listener.OrderedExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static io.hzclient.internal.cluster.AnnouncementRulesTest.member;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterServiceTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Member A = member(UUID.randomUUID(), 5701);
    private static final Member B = member(UUID.randomUUID(), 5702);
    private static final Member C = member(UUID.randomUUID(), 5703);

    private final OrderedExecutor lanes = new OrderedExecutor("test-event");
    private final ClusterService cluster = new ClusterService(lanes.newLane("membership"));
    /** Each view is logged whole at INFO: thousands of them here. */
    private final Logger serviceLog = (Logger) LoggerFactory.getLogger(ClusterService.class);

    @BeforeEach
    void quietViews() {
        serviceLog.setLevel(Level.WARN);
    }

    @AfterEach
    void closeLanes() {
        serviceLog.setLevel(null);
        lanes.close();
    }

    @Test
    void existingMembersAreToldInTheCallersThreadBeforeTheRegistrationReturns() {
        cluster.apply(1, List.of(A, B));
        Recorder recorder = new Recorder();
        cluster.addMembershipListener(recorder, true);
        assertThat(recorder.events).as("no waiting: told before the call returned").containsExactly(
                "ADDED " + A.uuid() + " in " + Thread.currentThread().getName(),
                "ADDED " + B.uuid() + " in " + Thread.currentThread().getName());
    }

    @Test
    void withoutExistingMembersOnlyLaterChangesAreToldAndOnTheEventLane() {
        cluster.apply(1, List.of(A, B));
        Recorder recorder = new Recorder();
        cluster.addMembershipListener(recorder, false);
        cluster.apply(2, List.of(A, B, C));
        assertEventually(WAIT, () -> assertThat(recorder.events).singleElement().asString()
                .startsWith("ADDED " + C.uuid() + " in test-event"));
    }

    @Test
    void aViewAppliedWhileExistingMembersAreToldIsDeliveredOnceAfterThemOnTheLane() {
        cluster.apply(1, List.of(A, B));
        AtomicBoolean applied = new AtomicBoolean();
        Recorder recorder = new Recorder(event -> {
            if (event.member().equals(A)) {
                // user code runs outside the service's lock: another thread applies a view meanwhile
                Thread applier = new Thread(() -> cluster.apply(2, List.of(B, C)));
                applier.start();
                join(applier);
                applied.set(!applier.isAlive());
            }
        });
        cluster.addMembershipListener(recorder, true);
        assertThat(applied).as("the view was applied while the listener was being told").isTrue();
        String caller = Thread.currentThread().getName();
        assertEventually(WAIT, () -> assertThat(recorder.events).hasSize(4));
        assertThat(recorder.events).as("the snapshot in the caller's thread, then the later view's changes on the lane")
                .satisfiesExactly(
                        e -> assertThat(e).isEqualTo("ADDED " + A.uuid() + " in " + caller),
                        e -> assertThat(e).isEqualTo("ADDED " + B.uuid() + " in " + caller),
                        e -> assertThat(e).startsWith("REMOVED " + A.uuid() + " in test-event"),
                        e -> assertThat(e).startsWith("ADDED " + C.uuid() + " in test-event"));
    }

    @Test
    void theEventLaneIsNotHeldWhileExistingMembersAreTold() {
        cluster.apply(1, List.of(A));
        Recorder other = new Recorder();
        cluster.addMembershipListener(other, false);
        AtomicBoolean otherHeardMeanwhile = new AtomicBoolean();
        cluster.addMembershipListener(new Recorder(event -> {
            cluster.apply(2, List.of(A, B));
            assertEventually(WAIT, () -> assertThat(other.events).hasSize(1));
            otherHeardMeanwhile.set(true);
        }), true);
        assertThat(otherHeardMeanwhile).isTrue();
    }

    @Test
    void aRemovedListenerHearsNothingMore() {
        cluster.apply(1, List.of(A));
        Recorder removed = new Recorder();
        UUID id = cluster.addMembershipListener(removed, false);
        assertThat(cluster.removeMembershipListener(id)).isTrue();
        assertThat(cluster.removeMembershipListener(id)).isFalse();
        Recorder kept = new Recorder();
        cluster.addMembershipListener(kept, false);
        cluster.apply(2, List.of(A, B));
        assertEventually(WAIT, () -> assertThat(kept.events).hasSize(1));
        assertThat(removed.events).as("delivered in the same lane task as the kept one's").isEmpty();
    }

    @Test
    void aListenerThatThrowsOnAnExistingMemberIsStillToldOfTheOthers() {
        cluster.apply(1, List.of(A, B));
        Recorder recorder = new Recorder(event -> {
            throw new IllegalStateException("listener bug");
        });
        cluster.addMembershipListener(recorder, true);
        assertThat(recorder.events).hasSize(2);
    }

    @Test
    void aBadMembersViewIsRefusedAndTheLastGoodOneStaysWithoutEvents() {
        cluster.apply(1, List.of(A, B));
        Recorder recorder = new Recorder();
        cluster.addMembershipListener(recorder, false);
        Member duplicateOfA = member(A.uuid(), 5799);
        assertThatThrownBy(() -> cluster.apply(2, List.of(A, duplicateOfA)))
                .isInstanceOf(RefusedAnnouncementException.class).hasMessageContaining(A.uuid().toString());
        assertThatThrownBy(() -> cluster.apply(3, List.of())).isInstanceOf(RefusedAnnouncementException.class);
        assertThat(cluster.getMembers()).containsExactly(A, B);
        // version 2 was not taken: a good view with it is
        cluster.apply(2, List.of(A, B, C));
        assertEventually(WAIT, () -> assertThat(recorder.events).hasSize(1));
        assertThat(recorder.events).singleElement().asString().startsWith("ADDED " + C.uuid());
    }

    /**
     * Views applied by one thread while another registers listeners asking for the existing members: every listener
     * ends up with the final member list, told of no member twice and of no change it had not seen the member for.
     */
    @Test
    void registrationsRacingViewsNeitherLoseNorRepeatAChange() throws InterruptedException {
        List<Member> pool = IntStream.range(0, 6).mapToObj(i -> member(UUID.randomUUID(), 5701 + i)).toList();
        List<Member> last = new ArrayList<>();
        int views = 3000;
        CountDownLatch go = new CountDownLatch(1);
        Thread applier = new Thread(() -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            awaitQuietly(go);
            for (int version = 1; version <= views; version++) {
                List<Member> view = new ArrayList<>();
                pool.forEach(m -> {
                    if (random.nextBoolean()) {
                        view.add(m);
                    }
                });
                if (view.isEmpty()) {
                    view.add(pool.get(0));
                }
                cluster.apply(version, view);
                if (version == views) {
                    last.addAll(view);
                }
                if (version % 10 == 0) {
                    Thread.yield();
                }
            }
        });
        List<Replica> replicas = new ArrayList<>();
        applier.start();
        go.countDown();
        for (int i = 0; i < 200; i++) {
            Replica replica = new Replica();
            cluster.addMembershipListener(replica, true);
            replica.registered = true;
            replicas.add(replica);
            Thread.yield();
        }
        applier.join();
        Set<Member> expected = Set.copyOf(last);
        for (Replica replica : replicas) {
            assertEventually(WAIT, () -> assertThat(replica.members).isEqualTo(expected));
            assertThat(replica.errors).isEmpty();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread t) {
        try {
            t.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rebuilds the member list from its events, noting any event that does not fit the list it has. */
    private static final class Replica implements MembershipListener {
        final Set<Member> members = ConcurrentHashMap.newKeySet();
        final List<String> errors = new CopyOnWriteArrayList<>();
        final Thread caller = Thread.currentThread();
        volatile boolean registered;
        private volatile boolean laneSeen;

        @Override
        public void memberAdded(MembershipEvent event) {
            checkThread();
            if (!members.add(event.member())) {
                errors.add("told twice of " + event.member());
            }
        }

        @Override
        public void memberRemoved(MembershipEvent event) {
            checkThread();
            if (!members.remove(event.member())) {
                errors.add("told of the removal of " + event.member() + ", never told it was there");
            }
        }

        private void checkThread() {
            boolean inCaller = Thread.currentThread() == caller;
            if (inCaller && (registered || laneSeen)) {
                errors.add("an event in the caller's thread after the registration or after a lane event");
            }
            laneSeen |= !inCaller;
        }
    }

    private static final class Recorder implements MembershipListener {
        final List<String> events = new CopyOnWriteArrayList<>();
        private final Consumer<MembershipEvent> then;

        Recorder() {
            this(e -> { });
        }

        Recorder(Consumer<MembershipEvent> then) {
            this.then = then;
        }

        @Override
        public void memberAdded(MembershipEvent event) {
            record(event);
        }

        @Override
        public void memberRemoved(MembershipEvent event) {
            record(event);
        }

        private void record(MembershipEvent event) {
            events.add(event.type() + " " + event.member().uuid() + " in " + Thread.currentThread().getName());
            then.accept(event);
        }
    }
}
