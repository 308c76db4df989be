package io.hzclient.engine;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.hzclient.HzClient;
import io.hzclient.MessageTooLargeException;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.map.MapCodec;
import io.hzclient.internal.serialization.DefaultSerializationService;
import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryListener;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.hzclient.engine.Engine.millisSince;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * max-message-size against a real member: a request over it fails before it is sent, an answer over it fails its own
 * call at once (not retried, the connection and other calls untouched), an event over it is dropped with a warning,
 * and whatever a client could write comes back to it. The member shares the test JVM: few big values, freed early.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaxMessageSizeIT {
    private static final int MIB = 1024 * 1024;

    private TestCluster cluster;
    /** Default limit: writes what the small-limit clients cannot read. */
    private HzClient writer;

    @BeforeAll
    void start() {
        cluster = TestCluster.start(1);
        writer = HzClient.newClient(config().build());
    }

    @AfterAll
    void stop() {
        if (writer != null) {
            writer.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private ClientConfig.Builder config() {
        return ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses());
    }

    @Test
    void aRequestJustOverTheDefaultLimitFailsAtOnceAndNothingIsSent() {
        int limit = ClientConfig.builder().build().maxMessageSize();
        HzMap<String, Object> map = writer.getMap(TestCluster.uniqueName("over-default"));
        map.put("k", "before");
        byte[] value = new byte[limit - putOverhead(map.getName(), "k") + 1];
        long written = writer.getStatistics().bytesWritten();

        assertThatThrownBy(() -> map.put("k", value))
                .isInstanceOf(MessageTooLargeException.class)
                .hasMessageContaining("is " + (limit + 1) + " bytes, over the limit of " + limit + " bytes")
                .hasMessageContaining("max-message-size")
                .hasMessageContaining("nothing was sent");

        assertThat(writer.getStatistics().bytesWritten() - written).as("bytes sent meanwhile").isLessThan(MIB);
        assertThat(map.get("k")).isEqualTo("before");
    }

    @Test
    void theLargestValueAClientCanWriteComesBackToItAndOneByteMoreFailsBeforeSending() throws Exception {
        try (HzClient client = HzClient.newClient(config().maxMessageSize(MIB).build())) {
            HzMap<String, Object> map = client.getMap(TestCluster.uniqueName("largest"));
            byte[] largest = new byte[MIB - putOverhead(map.getName(), "k")];
            Arrays.fill(largest, (byte) 7);

            assertThat(map.put("k", largest)).isNull();
            assertThat((byte[]) map.put("k", largest)).as("the old value, in the put's answer").isEqualTo(largest);
            assertThat((byte[]) map.get("k")).isEqualTo(largest);

            byte[] oneMore = new byte[largest.length + 1];
            assertThatThrownBy(() -> map.put("k", oneMore)).isInstanceOf(MessageTooLargeException.class)
                    .hasMessageContaining("is " + (MIB + 1) + " bytes, over the limit of " + MIB + " bytes");
            CompletableFuture<Object> async = map.putAsync("k", oneMore);
            assertThatThrownBy(async::get).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(MessageTooLargeException.class);
            assertThat(client.getStatistics().invocationsRetried()).isZero();
        }
    }

    @Test
    void anAnswerOverTheLimitFailsItsCallAtOnceWithoutRetryAndTheConnectionServesTheOthers() throws Exception {
        String name = TestCluster.uniqueName("big-answer");
        HzMap<String, Object> written = writer.getMap(name);
        written.put("big", new byte[2_000_000]);
        for (int i = 0; i < 40; i++) {
            written.put("small-" + i, "value-" + i);
        }
        Duration timeout = Duration.ofSeconds(60);
        try (HzClient reader = HzClient.newClient(config().maxMessageSize(MIB).invocationTimeout(timeout).build())) {
            HzMap<String, Object> map = reader.getMap(name);
            assertThat(map.get("small-0")).isEqualTo("value-0");
            List<Connection> connections = Engine.liveConnections(reader);
            assertThat(connections).hasSize(1);
            long retried = reader.getStatistics().invocationsRetried();

            List<CompletableFuture<Object>> before = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                before.add(map.getAsync("small-" + i));
            }
            long start = System.nanoTime();
            CompletableFuture<Object> big = map.getAsync("big");
            List<CompletableFuture<Object>> after = new ArrayList<>();
            for (int i = 20; i < 40; i++) {
                after.add(map.getAsync("small-" + i));
            }

            assertThatThrownBy(() -> big.get(timeout.toMillis(), TimeUnit.MILLISECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(MessageTooLargeException.class)
                    .hasMessageContaining("over the limit of " + MIB + " bytes")
                    .hasMessageContaining("max-message-size")
                    .hasMessageMatching("(?s).* of 20000\\d\\d bytes .*");
            assertThat(millisSince(start)).as("failed at once, not at the invocation timeout")
                    .isLessThan(timeout.toMillis() / 2);
            for (int i = 0; i < 20; i++) {
                assertThat(before.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("value-" + i);
                assertThat(after.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("value-" + (i + 20));
            }
            assertThatThrownBy(() -> map.get("big")).isInstanceOf(MessageTooLargeException.class);
            assertThat(map.get("small-39")).isEqualTo("value-39");

            assertThat(reader.getStatistics().invocationsRetried()).as("retries").isEqualTo(retried);
            assertThat(Engine.liveConnections(reader)).as("the same connection, still open")
                    .containsExactlyElementsOf(connections);
            assertThat(connections.get(0).isAlive()).isTrue();
        } finally {
            written.remove("big");
        }
    }

    @Test
    void aReadOfManyValuesCanGoOverTheLimitThatEachValueFits() {
        String name = TestCluster.uniqueName("many");
        try (HzClient client = HzClient.newClient(config().maxMessageSize(MIB).build())) {
            HzMap<String, Object> map = client.getMap(name);
            map.put("a", new byte[600_000]);
            map.put("b", new byte[600_000]);
            assertThat((byte[]) map.get("a")).hasSize(600_000);

            assertThatThrownBy(map::values).isInstanceOf(MessageTooLargeException.class)
                    .hasMessageContaining("over the limit of " + MIB + " bytes");
            assertThat((byte[]) map.get("b")).as("the connection goes on").hasSize(600_000);
            map.clear();
        }
    }

    @Test
    void anEventOverTheLimitIsDroppedWithAWarningAndLaterEventsArrive() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger connectionLog = (Logger) LoggerFactory.getLogger("io.hzclient.internal.connection");
        log.start();
        connectionLog.addAppender(log);
        String name = TestCluster.uniqueName("big-event");
        try (HzClient reader = HzClient.newClient(config().maxMessageSize(MIB).build())) {
            List<String> added = new CopyOnWriteArrayList<>();
            reader.<String, Object>getMap(name).addEntryListener(new EntryListener<>() {
                @Override
                public void entryAdded(EntryEvent<String, Object> event) {
                    added.add(event.key());
                }
            }, true);
            List<Connection> connections = Engine.liveConnections(reader);
            HzMap<String, Object> written = writer.getMap(name);

            written.put("big", new byte[2_000_000]);
            assertEventually(Duration.ofSeconds(30), () -> assertThat(warnings(log))
                    .anyMatch(m -> m.contains("Dropped the event") && m.matches("(?s).* of 2000\\d\\d\\d bytes .*")
                            && m.contains("over the limit of " + MIB + " bytes")));
            written.put("small", "v");
            assertEventually(Duration.ofSeconds(30), () -> assertThat(added).containsExactly("small"));
            assertThat(Engine.liveConnections(reader)).containsExactlyElementsOf(connections);
            written.remove("big");
        } finally {
            connectionLog.detachAppender(log);
        }
    }

    @Test
    void aValueOf70MbComesBackWithTheLimitRaisedTo128MiB() {
        try (HzClient client = HzClient.newClient(config().maxMessageSize(128 * MIB).build())) {
            HzMap<String, Object> map = client.getMap(TestCluster.uniqueName("raised"));
            byte[] value = new byte[70_000_000];
            for (int i = 0; i < value.length; i += 4096) {
                value[i] = (byte) (i / 4096);
            }
            map.set("k", value);
            byte[] read = (byte[]) map.get("k");
            assertThat(Arrays.equals(read, value)).as("the value read back equals the one written").isTrue();
            map.delete("k");
        }
    }

    /** The bytes a put request to {@code map} adds to its value's length (the same codec the map uses). */
    private static int putOverhead(String map, String key) {
        DefaultSerializationService serialization = new DefaultSerializationService(SerializationConfig.defaults());
        byte[] probe = new byte[100];
        return MapCodec.put(map, serialization.toData(key), serialization.toData(probe), 1, -1).request().wireSize()
                - probe.length;
    }

    private static List<String> warnings(ListAppender<ILoggingEvent> log) {
        synchronized (log) {
            return log.list.stream().filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage).toList();
        }
    }
}
