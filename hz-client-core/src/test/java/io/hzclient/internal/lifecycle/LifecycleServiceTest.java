package io.hzclient.internal.lifecycle;

import io.hzclient.LifecycleState;
import io.hzclient.internal.listener.OrderedExecutor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

class LifecycleServiceTest {

    @Test
    void aListenerAddedAfterAStateDoesNotHearItEvenWhileItsDeliveryIsQueued() throws Exception {
        OrderedExecutor events = new OrderedExecutor("test-events");
        try {
            LifecycleService lifecycle = new LifecycleService("test", events);
            CountDownLatch release = new CountDownLatch(1);
            lifecycle.addListener(state -> {
                if (state == LifecycleState.STARTING) {
                    await(release); // holds the lane, so CONNECTED below stays queued
                }
            });
            lifecycle.fire(LifecycleState.STARTING);
            lifecycle.fire(LifecycleState.CONNECTED);
            List<LifecycleState> heard = new CopyOnWriteArrayList<>();
            lifecycle.addListener(heard::add);

            release.countDown();
            lifecycle.fire(LifecycleState.SHUTTING_DOWN);

            assertEventually(Duration.ofSeconds(30), () -> assertThat(heard).containsExactly(
                    LifecycleState.SHUTTING_DOWN));
        } finally {
            events.close();
        }
    }

    @Test
    void aListenerRemovedBeforeAQueuedDeliveryDoesNotHearIt() throws Exception {
        OrderedExecutor events = new OrderedExecutor("test-events");
        try {
            LifecycleService lifecycle = new LifecycleService("test", events);
            CountDownLatch release = new CountDownLatch(1);
            lifecycle.addListener(state -> await(release)); // told first (added first): holds the lane
            List<LifecycleState> heard = new CopyOnWriteArrayList<>();
            java.util.UUID id = lifecycle.addListener(heard::add);
            lifecycle.fire(LifecycleState.STARTING);

            assertThat(lifecycle.removeListener(id)).isTrue();
            release.countDown();
            CountDownLatch done = new CountDownLatch(1);
            lifecycle.addListener(state -> done.countDown());
            lifecycle.fire(LifecycleState.CONNECTED);

            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(heard).isEmpty();
        } finally {
            events.close();
        }
    }

    @Test
    void listenersAreToldInTheOrderTheyWereAdded() throws Exception {
        OrderedExecutor events = new OrderedExecutor("test-events");
        try {
            LifecycleService lifecycle = new LifecycleService("test", events);
            List<Integer> told = new CopyOnWriteArrayList<>();
            CountDownLatch done = new CountDownLatch(1);
            for (int i = 0; i < 50; i++) {
                int n = i;
                lifecycle.addListener(state -> told.add(n));
            }
            lifecycle.addListener(state -> done.countDown());
            lifecycle.fire(LifecycleState.STARTING);

            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(told).isSortedAccordingTo(Integer::compare).hasSize(50);
        } finally {
            events.close();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
