package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;

import java.util.concurrent.CompletableFuture;

/**
 * Data refers to a Compact schema this client does not know yet. Reading never waits for the cluster; the code that
 * decodes an answer catches this, fetches the schema ({@link #fetch()}) and decodes again: waiting for it in a sync
 * call, after it in an async chain (see {@code io.hzclient.internal.invocation.SchemaFetchingDecoder}).
 */
public final class UnknownSchemaException extends SerializationException {
    private final long schemaId;
    private final transient SchemaService schemas;

    UnknownSchemaException(long schemaId, SchemaService schemas) {
        super("the Compact schema id " + schemaId + " is not known here yet; fetch it from the cluster and read again");
        this.schemaId = schemaId;
        this.schemas = schemas;
    }

    public long schemaId() {
        return schemaId;
    }

    /** Asks the cluster for the schema; completes once it is known here, fails if the cluster does not know it. */
    public CompletableFuture<Void> fetch() {
        return schemas.fetch(schemaId);
    }

    /** The UnknownSchemaException among {@code t} and its causes (a serializer may have wrapped it), or null. */
    public static UnknownSchemaException in(Throwable t) {
        Throwable c = t;
        for (int depth = 0; c != null && depth < 32; depth++, c = c.getCause()) { // bounded: causes may loop
            if (c instanceof UnknownSchemaException u) {
                return u;
            }
        }
        return null;
    }
}
