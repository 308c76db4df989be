package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageWriter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the invocation service is told before each call ({@link SchemaService#beforeSend}): nothing while the cluster
 * has every schema, else to wait for the sends, one per schema, with a thread's calls let go in the order made.
 */
class SchemaServiceTest {
    record First(int a) {
    }

    record Second(String b) {
    }

    private final HeldSends sends = new HeldSends();
    private final DefaultSerializationService serialization = new DefaultSerializationService(SerializationConfig.defaults());
    private final SchemaService schemas = serialization.schemas();
    private final ClientMessage request = MessageWriter.request(0x010100).build(); // a map put, say
    private final List<String> sent = new CopyOnWriteArrayList<>();

    SchemaServiceTest() {
        schemas.attach(sends);
    }

    /** What the invocation service does with the answer: send now, or when the future completes. */
    private void call(String name) {
        CompletableFuture<Void> ready = schemas.beforeSend(request);
        if (ready == null) {
            sent.add(name);
        } else {
            ready.whenComplete((ok, failure) -> sent.add(failure == null ? name : name + " failed"));
        }
    }

    @Test
    void aCallWhoseSchemasTheClusterHasGoesAtOnce() throws Exception {
        serialization.toData(new First(1));
        call("put 1");
        sends.next().complete(null);

        serialization.toData(new First(2));
        call("put 2");

        assertThat(sent).containsExactly("put 1", "put 2");
        assertThat(sends.held).as("one send for the schema").isEmpty();
    }

    @Test
    void aThreadsCallsGoInTheOrderMadeWhateverOrderTheirSchemasAreConfirmedIn() throws Exception {
        serialization.toData(new First(1));
        call("put first");
        CompletableFuture<Void> firstSchema = sends.next();
        serialization.toData(new Second("x"));
        call("put second"); // needs both schemas: First's is on its way, Second's is sent now
        CompletableFuture<Void> secondSchema = sends.next();
        call("get"); // needs nothing new, but made after the puts

        secondSchema.complete(null);
        assertThat(sent).as("the first put still waits, and the others behind it").isEmpty();
        firstSchema.complete(null);

        assertThat(sent).containsExactly("put first", "put second", "get");
        serialization.toData(new Second("y"));
        call("after");
        assertThat(sent).last().isEqualTo("after");
    }

    @Test
    void anotherThreadsCallsDoNotWaitForThisThreadsSchemas() throws Exception {
        serialization.toData(new First(1));
        call("mine");
        CompletableFuture<Void> schema = sends.next();

        Thread other = new Thread(() -> call("theirs"));
        other.start();
        other.join();

        assertThat(sent).containsExactly("theirs");
        schema.complete(null);
        assertThat(sent).containsExactly("theirs", "mine");
    }

    @Test
    void aFailedSendFailsTheCallsThatNeedItOnlyAndTheNextCallSendsAgain() throws Exception {
        serialization.toData(new First(1));
        call("put");
        CompletableFuture<Void> schema = sends.next();
        schema.completeExceptionally(new IllegalStateException("member gone"));

        assertThat(sent).containsExactly("put failed");
        call("retry");
        sends.next().complete(null);
        assertThat(sent).containsExactly("put failed", "retry");
    }

    @Test
    void schemaRequestsNeverWait() throws Exception {
        serialization.toData(new First(1));
        call("put");
        sends.next();

        assertThat(schemas.beforeSend(SchemaCodec.fetchSchema(42))).isNull();
    }

    @Test
    void aFetchedSchemaIsKnownAndOnTheCluster() {
        Schema schema = new Schema("fetched", List.of(SchemaField.of("n", io.hzclient.serialization.FieldKind.INT32)));
        sends.toFetch = schema;

        assertThat(schemas.fetch(schema.id())).isCompleted();
        assertThat(schemas.get(schema.id())).isEqualTo(schema);
        assertThat(schemas.noteWritten(schema)).as("no need to send it").isTrue();
    }

    @Test
    void aFetchAnsweredWithAnotherSchemaFails() {
        sends.toFetch = new Schema("other", List.of());

        assertThat(schemas.fetch(7)).failsWithin(java.time.Duration.ZERO).withThrowableThat()
                .withCauseInstanceOf(SerializationException.class).withMessageContaining("for id 7");
    }

    /** Sends (one schema or several) wait for the test; fetches answer {@link #toFetch} at once. */
    private static final class HeldSends implements SchemaTransport {
        final BlockingQueue<CompletableFuture<Void>> held = new LinkedBlockingQueue<>();
        volatile Schema toFetch;

        @Override
        public CompletableFuture<Void> send(Schema schema) {
            CompletableFuture<Void> f = new CompletableFuture<>();
            held.add(f);
            return f;
        }

        @Override
        public CompletableFuture<Schema> fetch(long schemaId) {
            return CompletableFuture.completedFuture(toFetch);
        }

        @Override
        public CompletableFuture<Void> sendAll(Collection<Schema> schemas) {
            return send(new ArrayList<>(schemas).get(0));
        }

        CompletableFuture<Void> next() throws InterruptedException {
            CompletableFuture<Void> f = held.poll(10, TimeUnit.SECONDS);
            assertThat(f).as("a schema send").isNotNull();
            return f;
        }
    }
}
