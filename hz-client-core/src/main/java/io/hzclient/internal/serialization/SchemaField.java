package io.hzclient.internal.serialization;

import io.hzclient.serialization.FieldKind;

/**
 * One field of a Compact schema and where it lives in the data: fixed-size fields at {@code offset} (booleans at
 * a bit of that byte), variable-size ones through the offset table slot {@code index}.
 */
public record SchemaField(String name, FieldKind kind, int offset, int bit, int index) {

    static SchemaField of(String name, FieldKind kind) {
        return new SchemaField(name, kind, -1, -1, -1);
    }

    SchemaField at(int newOffset, int newBit, int newIndex) {
        return new SchemaField(name, kind, newOffset, newBit, newIndex);
    }

    /** Bytes in the fixed-size area: 0 for a boolean (a bit), -1 for variable-size kinds. */
    static int fixedSize(FieldKind kind) {
        return switch (kind) {
            case BOOLEAN -> 0;
            case INT8 -> 1;
            case CHAR, INT16 -> 2;
            case INT32, FLOAT32 -> 4;
            case INT64, FLOAT64 -> 8;
            default -> -1;
        };
    }
}
