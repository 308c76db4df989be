package io.hzclient.internal.pncounter;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class VectorClockTest {
    private static final UUID A = new UUID(0, 1);
    private static final UUID B = new UUID(0, 2);

    @Test
    void aNewerClockReplacesTheObservedOne() {
        VectorClock clock = new VectorClock();
        clock.update(Map.of(A, 1L));
        clock.update(Map.of(A, 2L, B, 1L));
        assertThat(clock.get()).isEqualTo(Map.of(A, 2L, B, 1L));
    }

    @Test
    void anOlderAnswerThatArrivesLateDoesNotMoveTheClockBack() {
        VectorClock clock = new VectorClock();
        clock.update(Map.of(A, 5L));
        clock.update(Map.of(A, 3L));
        assertThat(clock.get()).isEqualTo(Map.of(A, 5L));
    }

    @Test
    void aClockFromAReplicaNotSeenYetIsMergedIn() {
        VectorClock clock = new VectorClock();
        clock.update(Map.of(A, 5L));
        clock.update(Map.of(B, 1L));
        assertThat(clock.get()).isEqualTo(Map.of(A, 5L, B, 1L));
    }

    @Test
    void clocksThatAreEachNewerSomewhereKeepTheLaterTimestampOfEachReplica() {
        VectorClock clock = new VectorClock();
        clock.update(Map.of(A, 5L, B, 1L));
        clock.update(Map.of(A, 3L, B, 2L));
        assertThat(clock.get()).isEqualTo(Map.of(A, 5L, B, 2L));
    }

    @Test
    void resetForgetsEverything() {
        VectorClock clock = new VectorClock();
        clock.update(Map.of(A, 5L));
        clock.reset();
        assertThat(clock.get()).isEmpty();
    }

    @Test
    void clockFrameRoundTrips() {
        Map<UUID, Long> clock = Map.of(A, 7L, B, Long.MAX_VALUE);
        assertThat(PNCounterCodec.readClock(PNCounterCodec.clock(clock).content)).isEqualTo(clock);
        assertThat(PNCounterCodec.clock(clock).content).hasSize(2 * 25);
    }
}
