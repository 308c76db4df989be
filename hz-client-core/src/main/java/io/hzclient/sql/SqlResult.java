package io.hzclient.sql;

import java.util.Iterator;
import java.util.stream.Stream;

/**
 * What a statement returned: rows, fetched page by page as they are iterated (a page is
 * {@link SqlStatement#getCursorBufferSize()} rows), or an update count. Close it when done, best with
 * try-with-resources: closing a result whose rows were not all read cancels the query on the member; a result read
 * to its end, or an update count, holds nothing on the member. Its rows may be iterated once, by one thread.
 */
public interface SqlResult extends Iterable<SqlRow>, AutoCloseable {

    /**
     * Whether this result has rows (a SELECT) rather than an update count.
     *
     * @return true for rows
     */
    boolean isRowSet();

    /**
     * The columns of the rows.
     *
     * @return the metadata
     * @throws IllegalStateException if this result is an update count
     */
    SqlRowMetadata getRowMetadata();

    /**
     * The number of rows the statement changed (for INSERT, UPDATE, DELETE, SINK INTO; 0 for DDL such as
     * CREATE MAPPING).
     *
     * @return the count, or -1 if this result has rows
     */
    long updateCount();

    /**
     * The rows, fetching the next page from the member when the last one is read. Once only.
     *
     * @return the iterator; its {@code next} and {@code hasNext} throw {@link SqlException} when the query fails, is
     *         cancelled, or loses its member
     * @throws IllegalStateException if this result is an update count, or its rows were already requested
     */
    @Override
    Iterator<SqlRow> iterator();

    /**
     * The rows as a stream; closing the stream closes this result.
     *
     * @return the stream, of the same rows as {@link #iterator()} (so once only)
     * @throws IllegalStateException if this result is an update count, or its rows were already requested
     */
    Stream<SqlRow> stream();

    /**
     * The rows as objects of the caller's class: a record's components, or a bean's properties (its setters, with a
     * no-argument constructor), filled from the columns of the same name (an exact match first, then ignoring case).
     * Every component or property needs a column, and each column's values must fit its Java type (a numeric value
     * widens as Java allows); a column without a component is ignored.
     *
     * @param type a record or a bean class
     * @param <T>  the class
     * @return the rows as a stream, once only; closing the stream closes this result
     * @throws NullPointerException     if {@code type} is null
     * @throws IllegalArgumentException at once if the class cannot be built from these columns (a missing column, a
     *                                  column of a type that cannot fit, no usable constructor), naming what was wrong
     * @throws IllegalStateException    if this result is an update count, or its rows were already requested
     */
    <T> Stream<T> as(Class<T> type);

    /**
     * Closes the result: cancels the query on the member if its rows were not all read. Idempotent. Iterating a
     * closed result's unread rows throws {@link SqlException} with code {@link SqlException#CANCELLED_BY_USER}.
     */
    @Override
    void close();
}
