package io.hzclient.sql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The columns of a result's rows, in order. Immutable. */
public final class SqlRowMetadata {
    /** What {@link #findColumn(String)} answers for a name no column has. */
    public static final int COLUMN_NOT_FOUND = -1;

    private final List<SqlColumnMetadata> columns;
    /** Made on the first lookup by name: many results are only read by index. */
    private volatile Map<String, Integer> indexByName;

    /**
     * Makes the metadata of these columns.
     *
     * @param columns the columns, in order; at least one
     * @throws NullPointerException     if {@code columns} or one of them is null
     * @throws IllegalArgumentException if there is no column
     */
    public SqlRowMetadata(List<SqlColumnMetadata> columns) {
        this.columns = List.copyOf(columns);
        if (this.columns.isEmpty()) {
            throw new IllegalArgumentException("a row has at least one column");
        }
    }

    /**
     * The number of columns.
     *
     * @return at least 1
     */
    public int getColumnCount() {
        return columns.size();
    }

    /**
     * The column at that index.
     *
     * @param index from 0
     * @return the column
     * @throws IndexOutOfBoundsException if there is no such column
     */
    public SqlColumnMetadata getColumn(int index) {
        return columns.get(index);
    }

    /**
     * Every column, in order.
     *
     * @return an unmodifiable list
     */
    public List<SqlColumnMetadata> getColumns() {
        return columns;
    }

    /**
     * The index of the column of that name (the first, if several have it).
     *
     * @param name a column name, matched exactly
     * @return its index from 0, or {@link #COLUMN_NOT_FOUND}
     * @throws NullPointerException if {@code name} is null
     */
    public int findColumn(String name) {
        Objects.requireNonNull(name, "name");
        Map<String, Integer> index = indexByName;
        if (index == null) {
            index = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                index.putIfAbsent(columns.get(i).name(), i);
            }
            indexByName = index;
        }
        return index.getOrDefault(name, COLUMN_NOT_FOUND);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SqlRowMetadata other && columns.equals(other.columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return columns.toString();
    }
}
