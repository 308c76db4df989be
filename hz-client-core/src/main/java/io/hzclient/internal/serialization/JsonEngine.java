package io.hzclient.internal.serialization;

/**
 * What JSON mode needs of a JSON library: POJO to JSON text with a type property first, and back. Implemented for
 * Jackson 3 and Jackson 2 (both optional dependencies); {@link JsonEngines} picks one.
 */
interface JsonEngine {
    /**
     * A short name of the library, for messages.
     *
     * @return e.g. "Jackson 3"
     */
    String library();

    /**
     * Writes {@code value} as JSON; a JSON object gets {@code typeProperty: className} as its first property.
     *
     * @param value        the value
     * @param typeProperty the name of the type property
     * @return the JSON text, and whether it was an object (so it carries the type)
     * @throws io.hzclient.SerializationException if the library cannot write it
     */
    Written write(Object value, String typeProperty);

    /**
     * Parses {@code json}.
     *
     * @param json         the JSON text
     * @param typeProperty the name of the type property
     * @return null if it is not JSON this library reads; else the text of its type property (null if it is not an
     *         object with a string type property) and the object without that property
     */
    Parsed parse(String json, String typeProperty);

    /**
     * Binds the fields of {@link Parsed#fields()} to {@code type}.
     *
     * @param fields the object from {@link #parse}
     * @param type   the class to make
     * @return the value
     * @throws IllegalArgumentException if the library cannot bind it
     */
    Object bind(Object fields, Class<?> type);

    /**
     * The written JSON.
     *
     * @param json   the text
     * @param object whether it was a JSON object, which carries the type property
     */
    record Written(String json, boolean object) {
    }

    /**
     * Parsed JSON.
     *
     * @param type   the type property's text, or null
     * @param fields the object without the type property (the library's tree), when {@code type} is not null
     */
    record Parsed(String type, Object fields) {
    }
}
