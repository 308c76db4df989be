package io.hzclient.internal.invocation;

import io.hzclient.CallObserver;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.protocol.Frame;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.protocol.ClientMessage;

import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.Serialized;
import io.hzclient.internal.serialization.UnknownSchemaException;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One remote call: what a codec builds and the only thing a proxy hands to the invocation layer. It holds the
 * request, how it is routed (a key's partition, a partition, a member, any member), the protocol operation (its
 * name, how its answer decodes, whether that may take as long as it needs), and, once sent, the state of the call in
 * flight; it is also the future its caller waits on. {@link #sync()} waits and decodes in the caller's thread (no
 * thread hop); {@link #async(Executor)} decodes on the given executor, where its future
 * completes, so that no decoding or user callback runs on the event loop. Either way a Compact schema the answer
 * needs and this client lacks is fetched first ({@link SchemaFetchingDecoder}: sync waits for it, async does not
 * hold a thread), and decoding runs again; so the decoder and {@link #then} must have no effect beyond their result.
 *
 * <p>Retries send a copy of the request under a new correlation id, so a late answer to an earlier try can never
 * complete a later one. Owns its request: holds a reference to it from the start and releases it exactly once, as
 * the call ends, whichever way (answer, error, timeout, lost connection, shutdown, cancellation). For a request in a
 * pooled buffer that frees the buffer; whoever still reads it (a sender, a queued write) holds a reference of its own.
 *
 * @param <R> what the answer decodes to
 */
public final class Call<R> extends ParkingFuture<ClientMessage> implements Pending<R>, CallObserver.StartedCall {
    /** The services whose operations all name their object first, as a plain string frame (if any). */
    private static final Set<String> NAMED_SERVICES = Set.of("Map", "MultiMap", "Queue", "List", "Set", "Topic",
            "ReplicatedMap", "Ringbuffer", "PNCounter", "FlakeIdGenerator", "CardinalityEstimator", "Cache",
            "VectorCollection", "TransactionalMap", "TransactionalMultiMap", "TransactionalQueue", "TransactionalList",
            "TransactionalSet");

    /** The first try's message; a retry sends a copy of it (see above). */
    final ClientMessage request;
    /** How its answer decodes: the codec's operation, or the same one with a caller's conversion ({@link #as}). */
    private Operation<?> operation;
    private Route route;

    private ClientCounters counters;
    long startNanos;
    volatile Connection sentOn;
    volatile long correlationId;

    /**
     * Made only for a call that needs it: one whose response or first backup ack says backups are involved, or one
     * that is retried. Plain calls stay a field smaller (64 bytes: no padding).
     */
    private volatile Extras extras;

    private static final Logger LOG = LoggerFactory.getLogger(Call.class);

    private Call(Operation<R> operation, ClientMessage request, Route route) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.request = Objects.requireNonNull(request, "request");
        this.route = route;
    }

    /**
     * To the owner of the partition of the key whose {@link Data#partitionHash()} this is. Until the call starts, the
     * request's partition field holds that hash, which the invocation layer then turns into the partition: every
     * call is a field smaller for it.
     */
    public static <R> Call<R> onKey(Operation<R> operation, ClientMessage request, int keyHash) {
        request.setPartitionId(keyHash);
        return new Call<>(operation, request, Route.KEY);
    }

    /** To the owner of the key's partition. */
    public static <R> Call<R> onKey(Operation<R> operation, ClientMessage request, Serialized key) {
        return onKey(operation, request, key.partitionHash());
    }

    /** To the owner of the partition. */
    public static <R> Call<R> onPartition(Operation<R> operation, ClientMessage request, int partitionId) {
        request.setPartitionId(partitionId);
        return new Call<>(operation, request, Route.PARTITION);
    }

    /** To the member the load balancer picks. */
    public static <R> Call<R> onAnyMember(Operation<R> operation, ClientMessage request) {
        return new Call<>(operation, request, Route.ANY_MEMBER);
    }

    /** To one member; fails at once if the client has no connection to it. */
    public static <R> Call<R> onMember(Operation<R> operation, ClientMessage request, UUID memberUuid) {
        return new Call<>(operation, request,
                new Route(Route.Kind.MEMBER, Objects.requireNonNull(memberUuid, "memberUuid"), null, null));
    }

    /**
     * To one member over the client's own connection to it, even with unisocket routing (which otherwise has the one
     * connection's member forward a call): for state that lives on that member, such as an SQL query's cursor. Fails
     * at once if the client has no connection to it.
     */
    public static <R> Call<R> onMemberDirectly(Operation<R> operation, ClientMessage request, UUID memberUuid) {
        return new Call<>(operation, request,
                new Route(Route.Kind.MEMBER_DIRECTLY, Objects.requireNonNull(memberUuid, "memberUuid"), null, null));
    }

    /**
     * On one connection only, never elsewhere: authentication, pings, and listener registrations, whose later
     * events (same correlation id) go to {@code eventHandler} when it is not null.
     */
    static <R> Call<R> onConnection(Operation<R> operation, ClientMessage request, Connection connection,
                                    Consumer<ClientMessage> eventHandler) {
        return new Call<>(operation, request, new Route(Route.Kind.CONNECTION, null, connection, eventHandler));
    }

    /**
     * This call, sent to the owner of the key's partition instead of where its codec routed it (e.g. a query scoped
     * to one partition). Before it starts.
     */
    public Call<R> toOwnerOf(Serialized key) {
        request.setPartitionId(key.partitionHash());
        route = Route.KEY;
        return this;
    }

    /**
     * This call, sent on that one connection instead of where its codec routed it, and never elsewhere (not retried):
     * for state that lives on the connection's member and ends with the connection, such as a transaction. Before it
     * starts. Fails if the connection is closed.
     */
    public Call<R> boundTo(Connection connection) {
        route = new Route(Route.Kind.CONNECTION, null, Objects.requireNonNull(connection, "connection"), null);
        return this;
    }

    /**
     * This call, its answer then passed through {@code f} (in the thread that decodes: the caller's for
     * {@link #sync()}, the executor's for {@link #async}). Before anyone waits on it. Makes an operation per call:
     * a proxy's frequent calls use {@link #as} with an operation it made once.
     */
    @SuppressWarnings("unchecked")
    public <T> Call<T> then(Function<? super R, ? extends T> f) {
        return as(((Operation<R>) operation).then(f));
    }

    /**
     * This call, its answer decoded by {@code op}: the same protocol operation (same name) as the codec's, decoded
     * further (e.g. to the caller's value). Before anyone waits on it.
     */
    @SuppressWarnings("unchecked")
    public <T> Call<T> as(Operation<T> op) {
        if (!op.name().equals(operation.name()) || op.blocking() != operation.blocking()) {
            throw new IllegalArgumentException("a " + operation.name() + " call cannot be decoded as " + op.name());
        }
        operation = op;
        return (Call<T>) this;
    }

    /** The protocol operation's name, e.g. {@code Map.Get}. */
    @Override
    public String operationName() {
        return operation.name();
    }

    /** The request as the codec built it. */
    public ClientMessage request() {
        return request;
    }

    /** How the answer decodes. */
    public Operation<?> operation() {
        return operation;
    }

    @Override
    public R sync() {
        ClientMessage answer = Futures.join(this);
        try {
            return decode(answer);
        } catch (RuntimeException e) {
            if (UnknownSchemaException.in(e) == null) {
                throw e;
            }
            return SchemaFetchingDecoder.decodeWaiting(this::decode, answer); // fetches the schema, decodes again
        }
    }

    @Override
    public CompletableFuture<R> async(Executor executor) {
        return Futures.decodeAsync(this, decoder(), executor); // the operation's own decoder: no object per call
    }

    R decode(ClientMessage response) {
        return decoder().apply(response);
    }

    @SuppressWarnings("unchecked")
    private Function<ClientMessage, R> decoder() {
        return (Function<ClientMessage, R>) operation.decoder();
    }

    /**
     * Called once, as the invocation layer starts the call: a call is sent once (retries aside).
     * {@code partitionForKey}: for a call routed by key, the partition of its key, else ignored.
     */
    void started(ClientCounters counters, int partitionForKey) {
        if (this.counters != null) {
            throw new IllegalStateException(operation.name() + " call was already sent: build a new one");
        }
        this.counters = counters;
        this.startNanos = System.nanoTime();
        if (route.kind() == Route.Kind.KEY) {
            request.setPartitionId(partitionForKey);
        }
    }

    /**
     * Tells {@code observer} that this call starts, in the invoking thread, after {@link #started}; keeps what it
     * returns (in the extras: an unobserved call stays as small) for {@link CallObserver#callEnded}.
     */
    void observedBy(CallObserver observer) {
        Object context;
        try {
            context = observer.callStarted(this);
        } catch (RuntimeException e) {
            LOG.warn("The call observer failed as a {} call started; the call goes on", operation.name(), e);
            return;
        }
        if (context != null) {
            synchronized (this) { // read under the same lock as it ends, on another thread
                Extras e = extras();
                e.observer = observer;
                e.observation = context;
            }
        }
    }

    @Override
    public String objectName() {
        String name = operation.name();
        int dot = name.indexOf('.');
        if (dot < 0 || !NAMED_SERVICES.contains(name.substring(0, dot)) || request.frameCount() < 2
                || (request.flags(1) & (Frame.BEGIN_DATA_STRUCTURE | Frame.IS_NULL)) != 0) {
            return null;
        }
        return new String(request.content(1), StandardCharsets.UTF_8);
    }

    @Override
    public int partitionId() {
        return route.kind() == Route.Kind.KEY || route.kind() == Route.Kind.PARTITION ? request.partitionId() : -1;
    }

    /** How this call is routed. */
    public Route route() {
        return route;
    }

    /** For a call routed by key that has not started: its key's partition hash. */
    int keyHash() {
        return request.partitionId();
    }

    /**
     * Where a call goes. The plain routes are shared constants, so that a plain call, by far the most common, carries
     * nothing more for its routing.
     *
     * @param kind         how the call is routed
     * @param memberUuid   for {@link Kind#MEMBER} and {@link Kind#MEMBER_DIRECTLY}: the member to send to
     * @param connection   for {@link Kind#CONNECTION}: the connection to send on
     * @param eventHandler for {@link Kind#CONNECTION}: where events with the call's correlation id go, or null
     */
    public record Route(Kind kind, UUID memberUuid, Connection connection, Consumer<ClientMessage> eventHandler) {
        static final Route KEY = new Route(Kind.KEY, null, null, null);
        static final Route PARTITION = new Route(Kind.PARTITION, null, null, null);
        static final Route ANY_MEMBER = new Route(Kind.ANY_MEMBER, null, null, null);

        /** How a call is routed. */
        public enum Kind {
            /** To the owner of a key's partition. */
            KEY,
            /** To the owner of a partition. */
            PARTITION,
            /** To one member (with unisocket routing, through the one connection's member). */
            MEMBER,
            /** To one member over the client's own connection to it, whatever the routing. */
            MEMBER_DIRECTLY,
            /** To the member the load balancer picks. */
            ANY_MEMBER,
            /** On one connection, never elsewhere. */
            CONNECTION
        }
    }

    UUID memberUuid() {
        return route.memberUuid();
    }

    Connection boundConnection() {
        return route.connection();
    }

    Consumer<ClientMessage> eventHandler() {
        return route.eventHandler();
    }

    boolean hasDeadline() {
        return !operation.blocking();
    }

    /** Records that the response came and how many backups to wait for; true if the call can complete now. */
    synchronized boolean responseArrived(ClientMessage response, int backups) {
        Extras e = extras();
        e.expectedAcks = backups;
        e.sinceNanos = System.nanoTime();
        e.response = response; // last: isWaitingForBackups() reads it without the lock
        return e.receivedAcks >= e.expectedAcks;
    }

    /** Records one backup ack; true if the response is here and every backup has now reported. */
    synchronized boolean backupArrived() {
        Extras e = extras();
        e.receivedAcks++;
        return e.expectedAcks >= 0 && e.receivedAcks >= e.expectedAcks;
    }

    private Extras extras() {
        Extras e = extras;
        if (e == null) {
            e = new Extras();
            extras = e;
        }
        return e;
    }

    /** A new try starts: acks counted for an earlier one (another correlation id) no longer count. */
    void forgetBackups() {
        if (extras != null) {
            synchronized (this) {
                extras.forgetAcks();
            }
        }
    }

    boolean isWaitingForBackups() {
        Extras e = extras;
        return e != null && e.response != null;
    }

    /** The response that waits for its backup acks, or null. */
    ClientMessage pendingResponse() {
        Extras e = extras;
        return e == null ? null : e.response;
    }

    /** When the response that waits for its backup acks came; only while {@link #isWaitingForBackups()}. */
    long pendingSinceNanos() {
        return extras.sinceNanos;
    }

    /** How many times this call was retried so far. */
    int retries() {
        Extras e = extras;
        return e == null ? 0 : e.retries;
    }

    /** Counts one more retry (from the one thread that handles this call's failure). */
    synchronized void retrying() {
        extras().retries++;
    }

    /** Its retries, and its response while it waits until the member's backups have all reported. */
    private static final class Extras {
        volatile ClientMessage response;
        volatile long sinceNanos;
        int expectedAcks = -1;
        int receivedAcks;
        int retries;
        /** The observer of this call, told once as it ends ({@link #observation} then null), or null. */
        CallObserver observer;
        Object observation;

        void forgetAcks() {
            response = null;
            expectedAcks = -1;
            receivedAcks = 0;
        }
    }

    // Counts the call as finished (completed or failed, with its duration) as it ends, whichever way: cheaper than
    // a whenComplete stage per call (two objects, and a dependent to run).

    // Only the call that completes the future releases the request: that makes the release happen exactly once.

    @Override
    public boolean complete(ClientMessage value) {
        if (isDone()) {
            return false;
        }
        countFinished(null);
        return ended(super.complete(value));
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
        if (isDone()) {
            return false;
        }
        countFinished(failure);
        return ended(super.completeExceptionally(failure));
    }

    /** As CompletableFuture's cancel (which completes with a CancellationException), but knowing who completed. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (isDone()) {
            return isCancelled();
        }
        CancellationException cancelled = new CancellationException();
        countFinished(cancelled);
        ended(super.completeExceptionally(cancelled));
        return isCancelled();
    }

    private void countFinished(Throwable failure) {
        if (counters != null) { // null: failed before it was sent (e.g. too large)
            counters.finished(operation.name(), System.nanoTime() - startNanos, failure == null);
        }
        if (extras != null) {
            observationEnded(failure);
        }
    }

    /** Tells the observer, if any, that the call ended: once, whichever thread gets here first. */
    private void observationEnded(Throwable failure) {
        CallObserver observer;
        Object observation;
        synchronized (this) {
            Extras e = extras;
            observer = e.observer;
            observation = e.observation;
            e.observation = null;
        }
        if (observation != null) {
            Connection c = sentOn;
            try {
                observer.callEnded(observation, c == null ? null : c.address().toString(), failure);
            } catch (RuntimeException e) {
                LOG.warn("The call observer failed as a {} call ended", operation.name(), e);
            }
        }
    }

    private boolean ended(boolean completedHere) {
        if (completedHere) {
            request.release();
            if (counters != null && route.kind() != Route.Kind.CONNECTION) {
                counters.inFlight.exit(); // counted in as it started (ClientInvocationService.invoke)
            }
        }
        return completedHere;
    }

    String target() {
        Connection c = sentOn;
        return c != null ? c.address() + (c.memberUuid() == null ? "" : " (" + c.memberUuid() + ")") : "no member";
    }
}
