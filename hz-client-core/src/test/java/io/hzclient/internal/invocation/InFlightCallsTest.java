package io.hzclient.internal.invocation;

import io.hzclient.internal.protocol.MessageWriter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InFlightCallsTest {
    private final InFlightCalls calls = new InFlightCalls();

    private static Call<?> call(long id) {
        Call<?> inv = Call.onAnyMember(Operation.of("Test.Call", m -> m), MessageWriter.request(0x000100).build());
        inv.correlationId = id;
        return inv;
    }

    @Test
    void findsAndRemovesACallByItsId() {
        Call<?> a = call(7);
        calls.put(7, a);

        assertThat(calls.get(7)).isSameAs(a);
        assertThat(calls.get(8)).isNull();
        assertThat(calls.size()).isEqualTo(1);
        assertThat(calls.remove(7)).isSameAs(a);
        assertThat(calls.remove(7)).isNull();
        assertThat(calls.get(7)).isNull();
        assertThat(calls.size()).isZero();
    }

    @Test
    void aCallWhoseSlotIsTakenGoesToTheOverflowAndIsFoundThere() {
        Call<?> old = call(5);
        Call<?> later = call(5 + InFlightCalls.SLOTS);
        calls.put(5, old);
        calls.put(5 + InFlightCalls.SLOTS, later);

        assertThat(calls.get(5)).isSameAs(old);
        assertThat(calls.get(5 + InFlightCalls.SLOTS)).isSameAs(later);
        assertThat(calls.get(5 + 2 * InFlightCalls.SLOTS)).isNull();
        assertThat(calls.size()).isEqualTo(2);

        assertThat(calls.remove(5)).isSameAs(old);
        assertThat(calls.get(5 + InFlightCalls.SLOTS)).isSameAs(later);
        assertThat(calls.remove(5 + InFlightCalls.SLOTS)).isSameAs(later);
        assertThat(calls.size()).isZero();
    }

    @Test
    void forEachSeesSlotsAndOverflowAndClearEmptiesBoth() {
        calls.put(1, call(1));
        calls.put(2, call(2));
        calls.put(1 + InFlightCalls.SLOTS, call(1 + InFlightCalls.SLOTS));
        List<Long> seen = new ArrayList<>();

        calls.forEach(inv -> seen.add(inv.correlationId));

        assertThat(seen).containsExactlyInAnyOrder(1L, 2L, 1L + InFlightCalls.SLOTS);
        calls.clear();
        assertThat(calls.size()).isZero();
        assertThat(calls.get(1 + InFlightCalls.SLOTS)).isNull();
    }

    @Test
    void aCallRemovedByOneThreadIsNotRemovedAgainByAnother() throws Exception {
        int n = 20_000;
        for (long id = 1; id <= n; id++) {
            calls.put(id, call(id));
        }
        int[] removed = new int[2];
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int me = t;
            threads[t] = new Thread(() -> {
                for (long id = 1; id <= n; id++) {
                    if (calls.remove(id) != null) {
                        removed[me]++;
                    }
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }

        assertThat(removed[0] + removed[1]).isEqualTo(n);
        assertThat(calls.size()).isZero();
    }
}
