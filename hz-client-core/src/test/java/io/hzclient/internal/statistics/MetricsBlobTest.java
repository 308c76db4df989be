package io.hzclient.internal.statistics;

import com.hazelcast.internal.metrics.MetricConsumer;
import com.hazelcast.internal.metrics.MetricDescriptor;
import com.hazelcast.internal.metrics.ProbeUnit;
import com.hazelcast.internal.metrics.impl.MetricsCompressor;
import io.hzclient.internal.statistics.MetricsBlob.Unit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The blob read back by the member's own decompressor. */
class MetricsBlobTest {

    private record Read(String prefix, String metric, String discriminator, String discriminatorValue,
                        ProbeUnit unit, int tags, Number value) {
    }

    private static List<Read> read(byte[] blob) {
        List<Read> out = new ArrayList<>();
        MetricsCompressor.extractMetrics(blob, new MetricConsumer() {
            @Override
            public void consumeLong(MetricDescriptor d, long value) {
                out.add(of(d, value));
            }

            @Override
            public void consumeDouble(MetricDescriptor d, double value) {
                out.add(of(d, value));
            }
        });
        return out;
    }

    private static Read of(MetricDescriptor d, Number value) {
        return new Read(d.prefix(), d.metric(), d.discriminator(), d.discriminatorValue(), d.unit(), d.tagCount(),
                value);
    }

    @Test
    void theMemberReadsBackEveryMetricWithItsUnitAndValue() {
        MetricsBlob blob = new MetricsBlob();
        blob.addLong("runtime", null, null, "usedMemory", Unit.BYTES, 123_456_789_012L);
        blob.addDouble("os", null, null, "systemLoadAverage", Unit.COUNT, 1.25);
        blob.addLong("nearcache", "name", "orders", "hits", Unit.COUNT, 5);
        blob.addLong("nearcache", "name", "orders.eu", "hits", Unit.COUNT, -7);
        blob.addLong("nearcache", "name", "orders", "creationTime", Unit.MS, 42);
        blob.addLong("os", null, null, "processCpuTime", Unit.NS, 9);
        blob.addLong("x", null, null, "micros", Unit.US, 1);

        assertThat(read(blob.toBytes())).containsExactly(
                new Read("runtime", "usedMemory", null, null, ProbeUnit.BYTES, 0, 123_456_789_012L),
                new Read("os", "systemLoadAverage", null, null, ProbeUnit.COUNT, 0, 1.25),
                new Read("nearcache", "hits", "name", "orders", ProbeUnit.COUNT, 0, 5L),
                new Read("nearcache", "hits", "name", "orders.eu", ProbeUnit.COUNT, 0, -7L),
                new Read("nearcache", "creationTime", "name", "orders", ProbeUnit.MS, 0, 42L),
                new Read("os", "processCpuTime", null, null, ProbeUnit.NS, 0, 9L),
                new Read("x", "micros", null, null, ProbeUnit.US, 0, 1L));
    }

    @Test
    void nonAsciiNamesSurviveAndAnEmptyBlobIsValid() {
        MetricsBlob blob = new MetricsBlob();
        blob.addLong("nearcache", "name", "Größe-地図", "hits", Unit.COUNT, 3);
        assertThat(read(blob.toBytes())).extracting(Read::discriminatorValue).containsExactly("Größe-地図");
        assertThat(read(new MetricsBlob().toBytes())).isEmpty();
    }

    @Test
    void aMetricWithANameLongerThanTheFormatAllowsIsLeftOut() {
        MetricsBlob blob = new MetricsBlob();
        blob.addLong("nearcache", "name", "m".repeat(256), "hits", Unit.COUNT, 3);
        blob.addLong("nearcache", "name", "m".repeat(255), "hits", Unit.COUNT, 4);
        assertThat(blob.count()).isEqualTo(1);
        assertThat(read(blob.toBytes())).extracting(Read::value).containsExactly(4L);
    }
}
