package io.hzclient.sql;

import java.util.Objects;

/**
 * One column of a result's rows.
 *
 * @param name     the column's name, as the statement or the mapping gives it
 * @param type     its SQL type, which says the Java type of its values
 * @param nullable whether its values may be null
 */
public record SqlColumnMetadata(String name, SqlColumnType type, boolean nullable) {
    /**
     * Makes the column's description.
     *
     * @param name     the column's name
     * @param type     its SQL type
     * @param nullable whether its values may be null
     * @throws NullPointerException if {@code name} or {@code type} is null
     */
    public SqlColumnMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
