package io.hzclient.internal.serialization;

import io.hzclient.internal.protocol.ClientMessage;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The schema transport over the invocation service: any member will do, the cluster replicates schemas. */
public final class ClusterSchemaTransport implements SchemaTransport {
    /** The invocation service's invoke, as a function: serialization sits below the invocation layer. */
    private final Function<ClientMessage, CompletableFuture<ClientMessage>> invocations;

    public ClusterSchemaTransport(Function<ClientMessage, CompletableFuture<ClientMessage>> invocations) {
        this.invocations = invocations;
    }

    @Override
    public CompletableFuture<Void> send(Schema schema) {
        return invocations.apply(SchemaCodec.sendSchema(schema)).thenApply(response -> null);
    }

    @Override
    public CompletableFuture<Schema> fetch(long schemaId) {
        return invocations.apply(SchemaCodec.fetchSchema(schemaId)).thenApply(SchemaCodec::decodeFetchSchema);
    }

    @Override
    public CompletableFuture<Void> sendAll(Collection<Schema> schemas) {
        return invocations.apply(SchemaCodec.sendAllSchemas(schemas)).thenApply(response -> null);
    }
}
