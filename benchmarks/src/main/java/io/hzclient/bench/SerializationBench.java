package io.hzclient.bench;

import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import com.hazelcast.internal.serialization.impl.compact.Schema;
import com.hazelcast.internal.serialization.impl.compact.SchemaService;
import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.DefaultSerializationService;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Serialization alone, in one JVM, no network: a typical record (zero-config Compact on both sides) written and read
 * by our serialization service and by the official one (the member jar's, which its client uses). Prints the same
 * columns as {@link Bench}: ops a second for serialize and deserialize (ratio ours / official), and bytes per
 * object (ratio official / ours). p99 columns are "-": one call takes well under a microsecond.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.hzclient.bench.SerializationBench [seconds per round]</pre>
 */
public final class SerializationBench {

    /** The record: what a Spring app typically caches. */
    public record Order(long id, String customer, String status, double amount, int quantity, boolean express,
                        List<String> tags) {
    }

    private static final Order ORDER = new Order(4242L, "customer-0042", "SHIPPED", 129.95, 3, true,
            List.of("gift", "priority"));

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
        DefaultSerializationService ours = new DefaultSerializationService(SerializationConfig.defaults());
        InternalSerializationService official = new DefaultSerializationServiceBuilder()
                .setSchemaService(new LocalSchemas()).build();
        Data ourData = ours.toData(ORDER);
        com.hazelcast.internal.serialization.Data officialData = official.toData(ORDER);
        if (!Arrays.equals(ourData.toByteArray(), officialData.toByteArray())) {
            throw new IllegalStateException("the two services wrote different bytes for the same record");
        }
        if (!ORDER.equals(ours.toObject(ourData)) || !ORDER.equals(official.toObject(officialData))) {
            throw new IllegalStateException("a service did not read back the record it wrote");
        }
        System.out.println("scenario ours official ratio ours_p99_us official_p99_us");
        double oursWrite = 0;
        double officialWrite = 0;
        double oursRead = 0;
        double officialRead = 0;
        for (int round = 0; round < 3; round++) { // alternate, keep the best of each: less noise from the JIT
            oursWrite = Math.max(oursWrite, rate(seconds, () -> ours.toData(ORDER)));
            officialWrite = Math.max(officialWrite, rate(seconds, () -> official.toData(ORDER)));
            oursRead = Math.max(oursRead, rate(seconds, () -> ours.toObject(ourData)));
            officialRead = Math.max(officialRead, rate(seconds, () -> official.toObject(officialData)));
        }
        line("serialize-record", oursWrite, officialWrite, oursWrite / officialWrite);
        line("deserialize-record", oursRead, officialRead, oursRead / officialRead);
        int oursBytes = ourData.totalSize();
        int officialBytes = officialData.totalSize();
        line("bytes-record", oursBytes, officialBytes, (double) officialBytes / oursBytes);
    }

    private static void line(String scenario, double ours, double official, double ratio) {
        System.out.printf("%s %.0f %.0f %.2f - -%n", scenario, ours, official, ratio);
    }

    /** Calls a second over the given time, after a short warm-up. */
    private static double rate(double seconds, Supplier<Object> call) {
        long warmUpEnd = System.nanoTime() + 200_000_000L;
        Object sink = null;
        while (System.nanoTime() < warmUpEnd) {
            sink = call.get();
        }
        long calls = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            for (int i = 0; i < 1000; i++) {
                sink = call.get();
            }
            calls += 1000;
            now = System.nanoTime();
        } while (now < end);
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        return calls / ((now - start) / 1e9);
    }

    /** The official service's schemas, kept in this JVM (there is no cluster here). */
    private static final class LocalSchemas implements SchemaService {
        private final Map<Long, Schema> schemas = new ConcurrentHashMap<>();

        @Override
        public Schema get(long schemaId) {
            return schemas.get(schemaId);
        }

        @Override
        public void put(Schema schema) {
            schemas.put(schema.getSchemaId(), schema);
        }

        @Override
        public void putLocal(Schema schema) {
            put(schema);
        }
    }
}
