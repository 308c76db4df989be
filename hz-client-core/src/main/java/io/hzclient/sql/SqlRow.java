package io.hzclient.sql;

/** One row of a result. */
public interface SqlRow {

    /**
     * The value of the column at that index, typed by the caller: its class is the column type's
     * {@link SqlColumnType#valueClass()}.
     *
     * @param columnIndex from 0
     * @param <T>         the type the caller expects
     * @return the value, or null
     * @throws IndexOutOfBoundsException if there is no such column
     * @throws ClassCastException        (where assigned) if the value is not of the caller's type
     * @throws io.hzclient.SerializationException if an {@link SqlColumnType#OBJECT} value cannot be deserialized
     */
    <T> T getObject(int columnIndex);

    /**
     * The value of the column of that name, typed by the caller.
     *
     * @param columnName the column's name, matched exactly
     * @param <T>        the type the caller expects
     * @return the value, or null
     * @throws NullPointerException     if {@code columnName} is null
     * @throws IllegalArgumentException if no column has that name (the message lists the columns)
     * @throws io.hzclient.SerializationException if an {@link SqlColumnType#OBJECT} value cannot be deserialized
     */
    <T> T getObject(String columnName);

    /**
     * The columns of this row.
     *
     * @return the metadata, the same for every row of a result
     */
    SqlRowMetadata getMetadata();
}
