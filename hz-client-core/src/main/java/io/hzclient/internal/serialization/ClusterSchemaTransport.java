package io.hzclient.internal.serialization;

import io.hzclient.internal.protocol.ClientMessage;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/** The schema transport over the invocation service: any member will do, the cluster replicates schemas. */
public final class ClusterSchemaTransport implements SchemaTransport {

    /**
     * Sends a request to any member as a call of the named operation, the answer undecoded. The invocation layer's
     * Call, seen from below: serialization sits under the invocation layer and must not reach it.
     */
    @FunctionalInterface
    public interface AnyMemberCalls {
        CompletableFuture<ClientMessage> call(String operationName, ClientMessage request);
    }

    private final AnyMemberCalls calls;

    public ClusterSchemaTransport(AnyMemberCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Void> send(Schema schema) {
        return calls.call(SchemaCodec.SEND_SCHEMA_NAME, SchemaCodec.sendSchema(schema)).thenApply(response -> null);
    }

    /** Decodes on the thread that completes the call: it reads the schema's frames only, never user code. */
    @Override
    public CompletableFuture<Schema> fetch(long schemaId) {
        return calls.call(SchemaCodec.FETCH_SCHEMA_NAME, SchemaCodec.fetchSchema(schemaId))
                .thenApply(SchemaCodec::decodeFetchSchema);
    }

    @Override
    public CompletableFuture<Void> sendAll(Collection<Schema> schemas) {
        return calls.call(SchemaCodec.SEND_ALL_SCHEMAS_NAME, SchemaCodec.sendAllSchemas(schemas))
                .thenApply(response -> null);
    }
}
