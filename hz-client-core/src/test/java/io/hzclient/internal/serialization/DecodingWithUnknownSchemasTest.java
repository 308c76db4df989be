package io.hzclient.internal.serialization;

import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import io.hzclient.SerializationException;
import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.invocation.SchemaFetchingDecoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SchemaFetchingDecoder} on data whose Compact schema only the "cluster" has (the member's serialization wrote
 * it): a sync decode waits for the fetch, an async one holds no thread while the fetch is out.
 */
class DecodingWithUnknownSchemasTest {
    record Point(int x, int y) {
    }

    record Other(String s) {
    }

    private final SharedSchemaRegistry cluster = new SharedSchemaRegistry();
    private final InternalSerializationService member = new DefaultSerializationServiceBuilder()
            .setSchemaService(cluster).build();
    private final HeldFetches fetches = new HeldFetches();
    private final DefaultSerializationService ours = new DefaultSerializationService(SerializationConfig.defaults());
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "decoder-test"));
    private final Function<Data, Object> decoder = ours::toObject;

    DecodingWithUnknownSchemasTest() {
        ours.schemas().attach(fetches);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private Data written(Object value) {
        return Data.of(member.toData(value).toByteArray());
    }

    @Test
    void anAsyncDecodeFetchesWithoutHoldingItsExecutorThenDecodesThere() throws Exception {
        Data data = written(new Point(1, 2));
        CompletableFuture<Object> result = new CompletableFuture<>();

        executor.execute(() -> SchemaFetchingDecoder.decodeAsync(decoder, data, executor, result));
        CompletableFuture<Void> fetch = fetches.next();
        // while the fetch is out, the executor's only thread is free for other work
        assertThat(CompletableFuture.supplyAsync(() -> "ran", executor).get(30, TimeUnit.SECONDS)).isEqualTo("ran");
        assertThat(result).isNotDone();

        fetch.complete(null);

        assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(new Point(1, 2));
        assertThat(fetches.count).as("fetches").hasValue(1);
    }

    @Test
    void anAsyncDecodeWhoseFetchFailsFailsWithTheReason() throws Exception {
        Data data = written(new Point(5, 6));
        CompletableFuture<Object> result = new CompletableFuture<>();

        executor.execute(() -> SchemaFetchingDecoder.decodeAsync(decoder, data, executor, result));
        fetches.next().completeExceptionally(new IllegalStateException("member gone"));

        assertThat(result).failsWithin(Duration.ofSeconds(30)).withThrowableThat()
                .withMessageContaining("member gone");
    }

    @Test
    void aSyncDecodeWaitsForTheFetchAndASchemaTheClusterLacksIsNamed() throws Exception {
        Data data = written(new Point(3, 4));
        CompletableFuture<Object> result = CompletableFuture.supplyAsync(
                () -> SchemaFetchingDecoder.decodeWaiting(decoder, data));
        fetches.next().complete(null);
        assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(new Point(3, 4));

        Data unknownToAll = written(new Other("x"));
        cluster.schemas.clear();
        CompletableFuture<Object> missing = CompletableFuture.supplyAsync(
                () -> SchemaFetchingDecoder.decodeWaiting(decoder, unknownToAll));
        fetches.next().complete(null);
        assertThat(missing).failsWithin(Duration.ofSeconds(30)).withThrowableThat()
                .withCauseInstanceOf(SerializationException.class).withMessageContaining("does not know");
        assertThat((Object) ours.toObject(data)).as("a fetched schema stays known").isEqualTo(new Point(3, 4));
    }

    /** Fetches from the shared registry, each when the test releases it. */
    private final class HeldFetches implements SchemaTransport {
        final BlockingQueue<CompletableFuture<Void>> held = new LinkedBlockingQueue<>();
        final AtomicInteger count = new AtomicInteger();

        @Override
        public CompletableFuture<Void> send(Schema schema) {
            throw new AssertionError("nothing is written by our side here");
        }

        @Override
        public CompletableFuture<Schema> fetch(long schemaId) {
            count.incrementAndGet();
            CompletableFuture<Void> release = new CompletableFuture<>();
            held.add(release);
            return release.thenCompose(ok -> cluster.fetch(schemaId));
        }

        @Override
        public CompletableFuture<Void> sendAll(Collection<Schema> schemas) {
            throw new AssertionError("nothing is written by our side here");
        }

        CompletableFuture<Void> next() throws InterruptedException {
            CompletableFuture<Void> f = held.poll(30, TimeUnit.SECONDS);
            assertThat(f).as("a fetch was asked for").isNotNull();
            return f;
        }
    }
}
