package io.hzclient.sql;

/** What a statement is expected to return; the member refuses a statement that would return the other kind. */
public enum SqlExpectedResultType {
    /** Rows or an update count, whichever the statement returns. */
    ANY(0),
    /** Rows (a SELECT); any other statement fails. */
    ROWS(1),
    /** An update count (DML and DDL); a SELECT fails. */
    UPDATE_COUNT(2);

    private final int id;

    SqlExpectedResultType(int id) {
        this.id = id;
    }

    /**
     * The id on the wire.
     *
     * @return the id
     */
    public int id() {
        return id;
    }
}
