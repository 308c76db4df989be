package io.hzclient.internal.serialization;

import io.hzclient.internal.invocation.InvocationService;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/** The schema transport over the invocation service: any member will do, the cluster replicates schemas. */
public final class ClusterSchemaTransport implements SchemaTransport {
    private final InvocationService invocations;

    public ClusterSchemaTransport(InvocationService invocations) {
        this.invocations = invocations;
    }

    @Override
    public CompletableFuture<Void> send(Schema schema) {
        return invocations.invoke(SchemaCodec.sendSchema(schema)).thenApply(response -> null);
    }

    @Override
    public CompletableFuture<Schema> fetch(long schemaId) {
        return invocations.invoke(SchemaCodec.fetchSchema(schemaId)).thenApply(SchemaCodec::decodeFetchSchema);
    }

    @Override
    public CompletableFuture<Void> sendAll(Collection<Schema> schemas) {
        return invocations.invoke(SchemaCodec.sendAllSchemas(schemas)).thenApply(response -> null);
    }
}
