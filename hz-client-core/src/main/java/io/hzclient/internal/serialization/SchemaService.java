package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.internal.protocol.BeforeSend;
import io.hzclient.internal.protocol.ClientMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Compact schemas this client knows, and which of them the cluster has. Nothing here waits for the cluster:
 * <ul>
 * <li>Writing data with a schema the cluster has not confirmed notes the schema for the writing thread
 * ({@link #noteWritten}); the invocation service then asks {@link #beforeSend} before it sends a request that
 * thread built, and sends the request once the cluster has taken the schemas (one send per schema, shared by
 * every request that needs it). Until then every call of that thread waits too, and they go in the order made.</li>
 * <li>Reading data with an unknown schema id throws {@link UnknownSchemaException}; the caller fetches the schema
 * ({@link #fetch}) and reads again, waiting if it may (a sync call), or in its async chain.</li>
 * </ul>
 * Until a transport is attached (no client, unit tests), schemas stay local.
 */
public final class SchemaService implements BeforeSend {
    private final ConcurrentHashMap<Long, Schema> known = new ConcurrentHashMap<>();
    private final Set<Long> onCluster = ConcurrentHashMap.newKeySet();
    /** Schemas data was written with that the cluster has not confirmed; {@link #unconfirmedCount} counts them. */
    private final Set<Long> unconfirmed = ConcurrentHashMap.newKeySet();
    /** While zero (nearly always), a request needs no schema sent first: the one check of {@link #beforeSend}. */
    private final AtomicInteger unconfirmedCount = new AtomicInteger();
    /** Per thread: the unconfirmed schemas it wrote data with; pruned as the cluster confirms them. */
    private final ThreadLocal<List<Schema>> writtenByThread = new ThreadLocal<>();
    /** Per thread: its calls held for schemas, let go in order; {@link #heldCalls} counts them in all threads. */
    private final ThreadLocal<WaitingCalls> waitingByThread = new ThreadLocal<>();
    private final AtomicInteger heldCalls = new AtomicInteger();
    private final ConcurrentHashMap<Long, CompletableFuture<Void>> sending = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, CompletableFuture<Void>> fetching = new ConcurrentHashMap<>();
    private volatile SchemaTransport transport;
    /** Bumped whenever the cluster may lack schemas it confirmed before, so writers check again. */
    private volatile int generation;

    /** Connects the service to a cluster; data written from now on has its schemas sent there first. */
    public void attach(SchemaTransport transport) {
        this.transport = transport;
        generation++;
    }

    int generation() {
        return generation;
    }

    /**
     * After a reconnect to a cluster that may have lost its schemas (a new cluster id): every known schema is
     * unconfirmed again and sent in one request, which the requests that need one of them wait for.
     */
    public CompletableFuture<Void> resendAll() {
        onCluster.clear();
        generation++;
        SchemaTransport t = transport;
        List<Schema> all = List.copyOf(known.values());
        if (t == null || all.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> sent = new CompletableFuture<>();
        for (Schema s : all) {
            markUnconfirmed(s.id());
            sending.put(s.id(), sent);
        }
        send(t, all, sent);
        return sent;
    }

    /**
     * Data is being written with {@code schema}: true if the cluster has it (or there is no cluster), else false,
     * and the schema is noted for the requests this thread sends next.
     */
    boolean noteWritten(Schema schema) {
        long id = schema.id();
        known.putIfAbsent(id, schema);
        if (onCluster.contains(id) || transport == null) {
            return true;
        }
        markUnconfirmed(id);
        if (onCluster.contains(id)) { // confirmed meanwhile, maybe before markUnconfirmed: take the mark back
            confirmed(id);
            return true;
        }
        List<Schema> mine = writtenByThread.get();
        if (mine == null) {
            mine = new ArrayList<>(2);
            writtenByThread.set(mine);
        }
        if (!mine.contains(schema)) {
            mine.add(schema);
        }
        return false;
    }

    /**
     * The schemas this thread wrote data with that the cluster has not confirmed, sent (or already on their way):
     * a future that completes once the cluster has them all, and after the futures this returned before in this
     * thread ({@link WaitingCalls}); null if the call may go now.
     */
    @Override
    public CompletableFuture<Void> beforeSend(ClientMessage request) {
        if (unconfirmedCount.get() == 0 && heldCalls.get() == 0) {
            return null;
        }
        if (SchemaCodec.isSchemaRequest(request.messageType())) {
            return null; // a schema request itself never waits for schemas
        }
        List<Schema> mine = writtenByThread.get();
        CompletableFuture<Void> needs = mine == null || mine.isEmpty() ? null : sendUnconfirmed(mine);
        WaitingCalls waiting = waitingByThread.get();
        if (needs == null && (waiting == null || waiting.isEmpty())) {
            return null;
        }
        if (waiting == null) {
            waiting = new WaitingCalls(heldCalls);
            waitingByThread.set(waiting);
        }
        return waiting.hold(needs);
    }

    /** {@link #beforeSend} without a request: for tests, which have no invocation service. */
    CompletableFuture<Void> sendWritten() {
        List<Schema> mine = writtenByThread.get();
        return mine == null ? null : sendUnconfirmed(mine);
    }

    private CompletableFuture<Void> sendUnconfirmed(List<Schema> mine) {
        mine.removeIf(s -> onCluster.contains(s.id()));
        SchemaTransport t = transport;
        if (mine.isEmpty() || t == null) {
            return null;
        }
        List<CompletableFuture<Void>> waits = new ArrayList<>(1);
        List<Schema> toSend = new ArrayList<>(mine.size());
        CompletableFuture<Void> ours = new CompletableFuture<>();
        for (Schema s : mine) {
            CompletableFuture<Void> inFlight = sending.putIfAbsent(s.id(), ours);
            if (inFlight == null) {
                toSend.add(s);
            } else if (!waits.contains(inFlight)) {
                waits.add(inFlight);
            }
        }
        if (!toSend.isEmpty()) {
            send(t, toSend, ours);
            waits.add(ours);
        }
        return waits.size() == 1 ? waits.get(0) : CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new));
    }

    /** One request for one schema (sendSchema) or several (sendAllSchemas); completes {@code done} after it. */
    private void send(SchemaTransport t, List<Schema> schemas, CompletableFuture<Void> done) {
        CompletableFuture<Void> sent;
        try {
            sent = schemas.size() == 1 ? t.send(schemas.get(0)) : t.sendAll(schemas);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((ok, failure) -> {
            for (Schema s : schemas) {
                if (failure == null) {
                    confirmed(s.id()); // before the in-flight entry goes, so a look in between sees one of them
                }
                sending.remove(s.id(), done);
            }
            if (failure == null) {
                done.complete(null);
            } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                done.completeExceptionally(new SerializationException("could not send the Compact schema of "
                        + typeNames(schemas) + " to the cluster, so the call whose data needs it was not sent: "
                        + cause.getMessage(), cause));
            }
        });
    }

    private static String typeNames(List<Schema> schemas) {
        return schemas.stream().map(Schema::typeName).distinct().map(n -> "'" + n + "'").toList().toString();
    }

    private void markUnconfirmed(long id) {
        if (unconfirmed.add(id)) {
            unconfirmedCount.incrementAndGet();
        }
    }

    private void confirmed(long id) {
        onCluster.add(id);
        if (unconfirmed.remove(id)) {
            unconfirmedCount.decrementAndGet();
        }
    }

    /** Registers a schema that arrived with data or was learned elsewhere; it is not sent. */
    void putLocal(Schema schema) {
        known.putIfAbsent(schema.id(), schema);
    }

    /** The schema of this id; if it is not known here, an {@link UnknownSchemaException} to fetch it with. */
    Schema get(long schemaId) {
        Schema schema = known.get(schemaId);
        if (schema != null) {
            return schema;
        }
        if (transport == null) {
            throw new SerializationException("unknown Compact schema id " + schemaId
                    + " and no cluster to fetch it from");
        }
        throw new UnknownSchemaException(schemaId, this);
    }

    Schema getLocal(long schemaId) {
        return known.get(schemaId);
    }

    /** Asks the cluster for the schema (one request however many ask at once); completes once it is known here. */
    CompletableFuture<Void> fetch(long schemaId) {
        if (known.containsKey(schemaId)) {
            return CompletableFuture.completedFuture(null);
        }
        SchemaTransport t = transport;
        if (t == null) {
            return CompletableFuture.failedFuture(new SerializationException("unknown Compact schema id " + schemaId
                    + " and no cluster to fetch it from"));
        }
        CompletableFuture<Void> ours = new CompletableFuture<>();
        CompletableFuture<Void> inFlight = fetching.putIfAbsent(schemaId, ours);
        if (inFlight != null) {
            return inFlight;
        }
        CompletableFuture<Schema> fetched;
        try {
            fetched = t.fetch(schemaId);
        } catch (RuntimeException e) {
            fetched = CompletableFuture.failedFuture(e);
        }
        fetched.whenComplete((schema, failure) -> {
            try {
                if (failure != null) {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    throw new SerializationException("fetching the Compact schema " + schemaId + " failed: "
                            + cause.getMessage(), cause);
                }
                learnFetched(schemaId, schema);
                fetching.remove(schemaId, ours);
                ours.complete(null);
            } catch (RuntimeException e) {
                fetching.remove(schemaId, ours);
                ours.completeExceptionally(e);
            }
        });
        return ours;
    }

    private void learnFetched(long schemaId, Schema schema) {
        if (schema == null) {
            throw new SerializationException("the cluster does not know the Compact schema id " + schemaId);
        }
        if (schema.id() != schemaId) {
            throw new SerializationException("the cluster returned schema " + schema + " for id " + schemaId);
        }
        known.putIfAbsent(schemaId, schema);
        confirmed(schemaId);
    }
}
