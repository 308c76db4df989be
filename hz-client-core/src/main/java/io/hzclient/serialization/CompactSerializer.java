package io.hzclient.serialization;

/**
 * Writes and reads one class in the Compact format. The type name identifies the schema across clients and
 * languages, so keep it stable; fields are written and read by name, so the order of the calls does not matter,
 * and a reader can ask {@link CompactReader#getFieldKind} to handle fields that older writers did not write.
 */
public interface CompactSerializer<T> {

    Class<T> getCompactClass();

    String getTypeName();

    void write(CompactWriter writer, T value);

    T read(CompactReader reader);
}
