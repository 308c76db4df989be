package io.hzclient.serialization;

import java.lang.reflect.Array;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Compact value read without a class for its type name, e.g. written by a client in another language: its
 * type name and its fields by name, each with its {@link FieldKind}. Nested Compact values are CompactRecords
 * too (or instances, where a class exists). Writing a CompactRecord back writes the same type and fields.
 */
public final class CompactRecord {
    private final String typeName;
    private final Map<String, FieldKind> kinds;
    private final Map<String, Object> values;

    /**
     * Makes a record; the maps are copied, in their order.
     *
     * @param typeName the Compact type name
     * @param kinds    the kind of each field, by name
     * @param values   the value of each field, by name: boxed for primitives, arrays as arrays; a field left out is
     *                 null
     * @throws NullPointerException if {@code typeName} is null
     * @throws IllegalArgumentException if a value has no kind
     */
    public CompactRecord(String typeName, Map<String, FieldKind> kinds, Map<String, Object> values) {
        this.typeName = Objects.requireNonNull(typeName, "typeName");
        this.kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        if (!this.kinds.keySet().containsAll(this.values.keySet())) {
            throw new IllegalArgumentException("every value needs a field kind");
        }
    }

    /**
     * The Compact type name.
     *
     * @return the type name, as the writer named it
     */
    public String typeName() {
        return typeName;
    }

    /**
     * The names of the fields, in the order of the kinds given.
     *
     * @return the field names (immutable)
     */
    public Set<String> fieldNames() {
        return kinds.keySet();
    }

    /**
     * The kind of one field.
     *
     * @param name the field's name
     * @return the field's kind, or {@link FieldKind#NOT_AVAILABLE} if the record has no such field
     */
    public FieldKind fieldKind(String name) {
        return kinds.getOrDefault(name, FieldKind.NOT_AVAILABLE);
    }

    /**
     * The value of one field.
     *
     * @param name the field's name
     * @return the value: boxed for primitives, arrays as arrays; null if null or absent
     */
    public Object get(String name) {
        return values.get(name);
    }

    /**
     * Every field with its kind.
     *
     * @return the kinds by field name (immutable)
     */
    public Map<String, FieldKind> kinds() {
        return kinds;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CompactRecord other) || !typeName.equals(other.typeName) || !kinds.equals(other.kinds)) {
            return false;
        }
        for (String name : kinds.keySet()) {
            if (!Objects.deepEquals(values.get(name), other.values.get(name))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return typeName.hashCode() * 31 + kinds.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(typeName).append('{');
        kinds.keySet().forEach(name -> {
            Object v = values.get(name);
            String text = v != null && v.getClass().isArray() ? arrayText(v) : String.valueOf(v);
            sb.append(sb.charAt(sb.length() - 1) == '{' ? "" : ", ").append(name).append('=').append(text);
        });
        return sb.append('}').toString();
    }

    private static String arrayText(Object array) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < Array.getLength(array); i++) {
            sb.append(i == 0 ? "" : ", ").append(Array.get(array, i));
        }
        return sb.append(']').toString();
    }
}
