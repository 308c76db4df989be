package io.hzclient.internal.serialization;

import io.hzclient.config.SerializationConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * toData runs on every put and get: a String, Integer or Long key costs its result only (the Data and its array),
 * and other values reuse a per-thread buffer. Counted in bytes allocated, never in time.
 */
class FastPathAllocationTest {
    private final DefaultSerializationService service = new DefaultSerializationService(SerializationConfig.defaults());

    private static long allocatedPerCall(Supplier<Object> call) {
        var threads = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads instanceof com.sun.management.ThreadMXBean, "allocation counters needed");
        var counters = (com.sun.management.ThreadMXBean) threads;
        Object sink = null;
        for (int i = 0; i < 20_000; i++) {
            sink = call.get();
        }
        long before = counters.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < 10_000; i++) {
            sink = call.get();
        }
        long after = counters.getThreadAllocatedBytes(Thread.currentThread().getId());
        assertThat(sink).isNotNull();
        return (after - before) / 10_000;
    }

    @Test
    void keysCostOnlyTheirData() {
        String key = "customer-000042"; // 15 bytes: Data (16) + array (16 + 8 + 4 + 15, padded) is about 80
        Integer intKey = 123_456;
        Long longKey = 9_876_543_210L;

        assertThat(allocatedPerCall(() -> service.toData(key))).isLessThanOrEqualTo(96);
        assertThat(allocatedPerCall(() -> service.toData(intKey))).isLessThanOrEqualTo(64);
        assertThat(allocatedPerCall(() -> service.toData(longKey))).isLessThanOrEqualTo(64);
    }

    @Test
    void otherValuesReuseTheThreadsBuffer() {
        UUID uuid = UUID.randomUUID();

        assertThat(allocatedPerCall(() -> service.toData(uuid))).isLessThanOrEqualTo(96);
    }
}
