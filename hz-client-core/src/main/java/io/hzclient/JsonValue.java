package io.hzclient;

import java.util.Objects;

/**
 * A JSON document stored as JSON (type id -130), so the members can query its fields with predicates and SQL.
 * The text is kept as given; it is not parsed or validated on the client.
 */
public final class JsonValue {
    private final String json;

    private JsonValue(String json) {
        this.json = json;
    }

    /**
     * Wraps JSON text, as it is.
     *
     * @param json the JSON document
     * @return the value to store
     * @throws NullPointerException if {@code json} is null
     */
    public static JsonValue of(String json) {
        return new JsonValue(Objects.requireNonNull(json, "json"));
    }

    /**
     * The JSON text, as given or as read.
     *
     * @return the JSON text
     */
    public String json() {
        return json;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonValue other && json.equals(other.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json;
    }
}
