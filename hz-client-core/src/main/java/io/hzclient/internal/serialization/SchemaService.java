package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Compact schemas this client knows, and which of them the cluster has. A schema is sent to the cluster
 * before the first data that needs it leaves the client, and an unknown schema id met in data is fetched.
 * Both wait for the cluster (once per schema), so they must not run on an event-loop thread.
 * Until a transport is attached (no client, unit tests), schemas stay local.
 */
public final class SchemaService {
    private final ConcurrentHashMap<Long, Schema> known = new ConcurrentHashMap<>();
    private final Set<Long> onCluster = ConcurrentHashMap.newKeySet();
    private final Duration timeout;
    private volatile SchemaTransport transport;
    /** Bumped whenever the cluster may lack schemas we sent before, so writers check again. */
    private volatile int generation;

    public SchemaService(Duration timeout) {
        this.timeout = timeout;
    }

    /** Connects the service to a cluster; data written from now on carries its schemas there first. */
    public void attach(SchemaTransport transport) {
        this.transport = transport;
        generation++;
    }

    int generation() {
        return generation;
    }

    /**
     * After a reconnect to a cluster that may have lost its schemas (a new cluster id): forget what was sent and
     * send everything known again.
     */
    public CompletableFuture<Void> resendAll() {
        onCluster.clear();
        generation++;
        SchemaTransport t = transport;
        List<Schema> all = List.copyOf(known.values());
        if (t == null || all.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return t.sendAll(all).thenRun(() -> all.forEach(s -> onCluster.add(s.id())));
    }

    /** Registers a schema met while writing and makes sure the cluster has it. */
    void ensureOnCluster(Schema schema) {
        known.putIfAbsent(schema.id(), schema);
        if (onCluster.contains(schema.id())) {
            return;
        }
        SchemaTransport t = transport;
        if (t != null) {
            await(t.send(schema), "sending the schema of " + schema.typeName());
            onCluster.add(schema.id());
        }
    }

    /** Registers a schema that arrived with data or was learned elsewhere; it is not sent. */
    void putLocal(Schema schema) {
        known.putIfAbsent(schema.id(), schema);
    }

    Schema get(long schemaId) {
        Schema schema = known.get(schemaId);
        if (schema != null) {
            return schema;
        }
        SchemaTransport t = transport;
        if (t == null) {
            throw new SerializationException("unknown Compact schema id " + schemaId
                    + " and no cluster to fetch it from");
        }
        schema = await(t.fetch(schemaId), "fetching the Compact schema " + schemaId);
        if (schema == null) {
            throw new SerializationException("the cluster does not know the Compact schema id " + schemaId);
        }
        if (schema.id() != schemaId) {
            throw new SerializationException("the cluster returned schema " + schema + " for id " + schemaId);
        }
        known.putIfAbsent(schemaId, schema);
        onCluster.add(schemaId);
        return schema;
    }

    Schema getLocal(long schemaId) {
        return known.get(schemaId);
    }

    private <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SerializationException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            throw new SerializationException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new SerializationException(what + " took longer than " + timeout.toMillis() + " ms", e);
        }
    }
}
