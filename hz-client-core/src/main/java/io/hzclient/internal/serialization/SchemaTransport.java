package io.hzclient.internal.serialization;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/**
 * How the serialization layer reaches the cluster's schema registry (Client.sendSchema 0x001300, fetchSchema
 * 0x001400, sendAllSchemas 0x001500). {@link ClusterSchemaTransport} implements it over the invocation service.
 */
public interface SchemaTransport {

    /** Completes once the cluster has the schema; only then may data that needs it be sent. */
    CompletableFuture<Void> send(Schema schema);

    /** The schema with this id, or null if the cluster does not know it. */
    CompletableFuture<Schema> fetch(long schemaId);

    /** Sends every schema this client knows, e.g. after connecting to a cluster that restarted. */
    CompletableFuture<Void> sendAll(Collection<Schema> schemas);
}
