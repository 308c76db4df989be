package io.hzclient.serialization;

/**
 * Writes and reads one class in the Compact format. The type name identifies the schema across clients and
 * languages, so keep it stable; fields are written and read by name, so the order of the calls does not matter,
 * and a reader can ask {@link CompactReader#getFieldKind} to handle fields that older writers did not write.
 *
 * @param <T> the class it serializes
 */
public interface CompactSerializer<T> {

    /**
     * The class this serializer writes; values of exactly this class use it.
     *
     * @return the class
     */
    Class<T> getCompactClass();

    /**
     * The name of the Compact type: it identifies the schema across clients and languages.
     *
     * @return the type name, stable across versions of the class
     */
    String getTypeName();

    /**
     * Writes the value's fields, by name.
     *
     * @param writer where to write them
     * @param value  the value, never null
     */
    void write(CompactWriter writer, T value);

    /**
     * Reads a value back from its fields, by name.
     *
     * @param reader where to read the fields from; it may hold data written by another version of the class
     * @return the value
     */
    T read(CompactReader reader);
}
