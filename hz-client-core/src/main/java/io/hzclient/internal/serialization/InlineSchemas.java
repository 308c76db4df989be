package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.FieldKind;

import java.util.ArrayList;
import java.util.List;

/**
 * A Compact schema written inside data (Compact with schema, -56): as a nested IdentifiedDataSerializable,
 * i.e. type id -2, header byte, factory id, class id, then type name, field count, and (name, kind id) pairs.
 */
final class InlineSchemas {
    /** Each field is at least its name's length and its kind id. */
    private static final int MIN_FIELD_SIZE = 8;

    private InlineSchemas() {
    }

    static Schema read(ByteArrayInput in) {
        int typeId = in.readInt();
        if (typeId != TypeIds.DATA_SERIALIZABLE) {
            throw new SerializationException("a Compact schema in the data has type id " + typeId + ", not -2");
        }
        in.readByte(); // header
        in.readInt(); // factory id
        in.readInt(); // class id
        String typeName = in.readString();
        int count = in.readLength(MIN_FIELD_SIZE, "Compact schema field list");
        if (typeName == null || count < 0) {
            throw new SerializationException("a Compact schema in the data has no type name or fields");
        }
        List<SchemaField> fields = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = in.readString();
            int kindId = in.readInt();
            FieldKind kind = FieldKind.of(kindId);
            if (name == null || kind == null) {
                throw new SerializationException("the Compact schema of " + typeName + " has a bad field: " + name
                        + " of kind " + kindId);
            }
            fields.add(SchemaField.of(name, kind));
        }
        return new Schema(typeName, fields);
    }
}
