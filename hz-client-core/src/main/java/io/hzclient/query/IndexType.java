package io.hzclient.query;

/** The kinds of index a map can have on the members. */
public enum IndexType {
    /** Ordered: serves equality and range predicates ({@code <}, {@code between}...). */
    SORTED(0),
    /** Unordered: serves equality and {@code in} only, faster for them. */
    HASH(1),
    /** Compact bit sets for attributes of few distinct values (a status, a country); one attribute only. */
    BITMAP(2);

    private final int id;

    IndexType(int id) {
        this.id = id;
    }

    /**
     * The protocol's id of the type.
     *
     * @return the id
     */
    public int id() {
        return id;
    }
}
