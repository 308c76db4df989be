package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
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

    static final Operation<Void> SEND_SCHEMA_OP = Operation.of("Client.SendSchema", Operation::nothing);
    static final Operation<Schema> FETCH_SCHEMA_OP = Operation.of("Client.FetchSchema", SchemaCodec::decodeFetchSchema);
    static final Operation<Void> SEND_ALL_SCHEMAS_OP = Operation.of("Client.SendAllSchemas", Operation::nothing);

    static Call<Void> sendSchema(Schema schema) {
        MessageWriter w = MessageWriter.request(SEND_SCHEMA).retryable();
        writeSchema(w, schema);
        return Call.onAnyMember(SEND_SCHEMA_OP, w.build());
    }

    static Call<Schema> fetchSchema(long schemaId) {
        return Call.onAnyMember(FETCH_SCHEMA_OP, MessageWriter.request(FETCH_SCHEMA).retryable().fixLong(schemaId).build());
    }

    static Call<Void> sendAllSchemas(Collection<Schema> schemas) {
        MessageWriter w = MessageWriter.request(SEND_ALL_SCHEMAS).retryable().begin();
        schemas.forEach(s -> writeSchema(w, s));
        return Call.onAnyMember(SEND_ALL_SCHEMAS_OP, w.end().build());
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
