package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.Frame;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.serialization.FieldKind;

import java.util.Collection;
import java.util.List;

/**
 * Client.sendSchema, fetchSchema and sendAllSchemas (protocol 2.5), all retryable, to any member.
 * Schema = {typeName String, fields List<FieldDescriptor>}; FieldDescriptor = {kind int@0 | fieldName String}.
 */
final class SchemaCodec {
    static final int SEND_SCHEMA = 0x001300;
    static final int FETCH_SCHEMA = 0x001400;
    static final int SEND_ALL_SCHEMAS = 0x001500;

    private SchemaCodec() {
    }

    /** The protocol's names of the three operations (metrics tags and tracing use them). */
    static final String SEND_SCHEMA_NAME = "Client.SendSchema";
    static final String FETCH_SCHEMA_NAME = "Client.FetchSchema";
    static final String SEND_ALL_SCHEMAS_NAME = "Client.SendAllSchemas";

    /** A request of the schema registry itself: it carries no user data, so it never waits for schemas. */
    static boolean isSchemaRequest(int messageType) {
        return messageType == SEND_SCHEMA || messageType == FETCH_SCHEMA || messageType == SEND_ALL_SCHEMAS;
    }

    static ClientMessage sendSchema(Schema schema) {
        MessageWriter w = MessageWriter.request(SEND_SCHEMA).retryable();
        writeSchema(w, schema);
        return w.build();
    }

    static ClientMessage fetchSchema(long schemaId) {
        return MessageWriter.request(FETCH_SCHEMA).retryable().fixLong(schemaId).build();
    }

    static ClientMessage sendAllSchemas(Collection<Schema> schemas) {
        MessageWriter w = MessageWriter.request(SEND_ALL_SCHEMAS).retryable().begin();
        schemas.forEach(s -> writeSchema(w, s));
        return w.end().build();
    }

    /** The response of fetchSchema: the schema, or null if the cluster does not know the id. */
    static Schema decodeFetchSchema(ClientMessage response) {
        return new MessageReader(response).nullableStruct(SchemaCodec::readSchema);
    }

    static void writeSchema(MessageWriter w, Schema schema) {
        w.begin().string(schema.typeName()).begin();
        for (SchemaField f : schema.fields()) {
            byte[] fixed = new byte[FixedSizes.INT];
            FixedSizes.writeInt(fixed, 0, f.kind().id());
            w.begin().frame(new Frame(fixed)).string(f.name()).end();
        }
        w.end().end();
    }

    static Schema readSchema(MessageReader r) {
        String typeName = r.string();
        List<SchemaField> fields = r.list(fr -> fr.struct(SchemaCodec::readField));
        return new Schema(typeName, fields);
    }

    private static SchemaField readField(MessageReader r) {
        int kindId = FixedSizes.readInt(r.bytes(), 0);
        String name = r.string();
        FieldKind kind = FieldKind.of(kindId);
        if (kind == null) {
            throw new SerializationException("the Compact field '" + name + "' has kind id " + kindId
                    + ", unknown to this client");
        }
        return SchemaField.of(name, kind);
    }
}
