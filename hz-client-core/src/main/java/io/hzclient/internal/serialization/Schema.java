package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.FieldKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Compact schema: a type name and its fields, with the layout every implementation derives the same way.
 * Fields are sorted by name; fixed-size ones are laid out largest first (ties by name), then booleans one bit
 * each, then variable-size ones get offset-table slots in name order. The id is the Rabin fingerprint.
 */
public final class Schema {
    private final String typeName;
    private final List<SchemaField> fields;
    private final Map<String, SchemaField> byName;
    private final int fixedSizeLength;
    private final int varSizeCount;
    private final long id;

    public Schema(String typeName, List<SchemaField> unorderedFields) {
        this.typeName = typeName;
        List<SchemaField> sorted = new ArrayList<>(unorderedFields);
        sorted.sort(Comparator.comparing(SchemaField::name));
        Map<String, SchemaField> laidOut = new HashMap<>();
        int offset = 0;
        List<SchemaField> fixed = sorted.stream().filter(f -> SchemaField.fixedSize(f.kind()) > 0)
                .sorted(Comparator.comparingInt((SchemaField f) -> SchemaField.fixedSize(f.kind())).reversed())
                .toList();
        for (SchemaField f : fixed) {
            laidOut.put(f.name(), f.at(offset, -1, -1));
            offset += SchemaField.fixedSize(f.kind());
        }
        int bits = 0;
        for (SchemaField f : sorted) {
            if (f.kind() == FieldKind.BOOLEAN) {
                laidOut.put(f.name(), f.at(offset + bits / 8, bits % 8, -1));
                bits++;
            }
        }
        this.fixedSizeLength = offset + (bits + 7) / 8;
        int index = 0;
        for (SchemaField f : sorted) {
            if (SchemaField.fixedSize(f.kind()) < 0) {
                laidOut.put(f.name(), f.at(-1, -1, index++));
            }
        }
        if (laidOut.size() != sorted.size()) {
            throw new SerializationException("the schema of " + typeName + " names a field twice");
        }
        this.varSizeCount = index;
        this.fields = sorted.stream().map(f -> laidOut.get(f.name())).toList();
        this.byName = Map.copyOf(laidOut);
        this.id = RabinFingerprint.of(typeName, fields);
    }

    public String typeName() {
        return typeName;
    }

    public long id() {
        return id;
    }

    /** The fields in name order. */
    public List<SchemaField> fields() {
        return fields;
    }

    /** The field with this name, or null. */
    SchemaField field(String name) {
        return byName.get(name);
    }

    int fixedSizeLength() {
        return fixedSizeLength;
    }

    int varSizeCount() {
        return varSizeCount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schema other && id == other.id && typeName.equals(other.typeName)
                && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Schema{").append(typeName).append(", id=").append(id);
        fields.forEach(f -> sb.append(", ").append(f.name()).append(':').append(f.kind()));
        return sb.append('}').toString();
    }
}
