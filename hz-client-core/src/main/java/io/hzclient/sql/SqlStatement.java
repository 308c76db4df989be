package io.hzclient.sql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An SQL statement with its parameters and options, set fluently:
 * {@code new SqlStatement("SELECT name FROM emp WHERE age < ?").addParameter(30).setCursorBufferSize(100)}.
 * Not thread-safe while it is being set; {@link SqlService#execute(SqlStatement)} reads it once, when called.
 */
public final class SqlStatement {
    /** The member's own default timeout ({@code SqlConfig.statementTimeoutMillis}, none unless set there). */
    public static final long TIMEOUT_DEFAULT = -1;
    /** No timeout, whatever the member's default. */
    public static final long TIMEOUT_NONE = 0;
    /** Rows per page when none is set: 4096, as the official clients. */
    public static final int DEFAULT_CURSOR_BUFFER_SIZE = 4096;

    private String sql;
    private final List<Object> parameters = new ArrayList<>();
    private long timeoutMillis = TIMEOUT_DEFAULT;
    private int cursorBufferSize = DEFAULT_CURSOR_BUFFER_SIZE;
    private String schema;
    private SqlExpectedResultType expectedResultType = SqlExpectedResultType.ANY;

    /**
     * Makes a statement.
     *
     * @param sql the statement's text, with {@code ?} for each parameter
     * @throws NullPointerException     if {@code sql} is null
     * @throws IllegalArgumentException if {@code sql} is blank
     */
    public SqlStatement(String sql) {
        setSql(sql);
    }

    /**
     * The statement's text.
     *
     * @return the SQL
     */
    public String getSql() {
        return sql;
    }

    /**
     * Sets the statement's text.
     *
     * @param sql the SQL, with {@code ?} for each parameter
     * @return this statement
     * @throws NullPointerException     if {@code sql} is null
     * @throws IllegalArgumentException if {@code sql} is blank
     */
    public SqlStatement setSql(String sql) {
        Objects.requireNonNull(sql, "the SQL text must not be null");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("the SQL text must not be blank");
        }
        this.sql = sql;
        return this;
    }

    /**
     * The parameters, in the order of the {@code ?} they fill.
     *
     * @return an unmodifiable view; null entries are SQL NULLs
     */
    public List<Object> getParameters() {
        return Collections.unmodifiableList(parameters);
    }

    /**
     * Replaces the parameters.
     *
     * @param parameters the values, in the order of the {@code ?} they fill; null entries are SQL NULLs
     * @return this statement
     * @throws NullPointerException if the array itself is null
     */
    public SqlStatement setParameters(Object... parameters) {
        Objects.requireNonNull(parameters, "parameters");
        this.parameters.clear();
        Collections.addAll(this.parameters, parameters); // no list view of the array, no copy of it
        return this;
    }

    /**
     * Adds the next parameter.
     *
     * @param value the value of the next {@code ?}; null is an SQL NULL
     * @return this statement
     */
    public SqlStatement addParameter(Object value) {
        parameters.add(value);
        return this;
    }

    /**
     * How long the member lets the statement run, in milliseconds.
     *
     * @return {@link #TIMEOUT_DEFAULT}, {@link #TIMEOUT_NONE} or a positive time
     */
    public long getTimeoutMillis() {
        return timeoutMillis;
    }

    /**
     * Sets how long the member lets the statement run before it cancels it (the caller then gets the member's
     * {@link SqlException}).
     *
     * @param timeoutMillis a positive time, {@link #TIMEOUT_NONE} or {@link #TIMEOUT_DEFAULT}
     * @return this statement
     * @throws IllegalArgumentException if it is below -1
     */
    public SqlStatement setTimeoutMillis(long timeoutMillis) {
        if (timeoutMillis < TIMEOUT_DEFAULT) {
            throw new IllegalArgumentException("the timeout must be positive, 0 (none) or -1 (the member's default), not "
                    + timeoutMillis);
        }
        this.timeoutMillis = timeoutMillis;
        return this;
    }

    /**
     * Sets how long the member lets the statement run.
     *
     * @param timeout a positive duration or zero (none)
     * @return this statement
     * @throws NullPointerException     if {@code timeout} is null
     * @throws IllegalArgumentException if it is negative
     */
    public SqlStatement setTimeout(Duration timeout) {
        if (Objects.requireNonNull(timeout, "timeout").isNegative()) {
            throw new IllegalArgumentException("the timeout must not be negative: " + timeout);
        }
        return setTimeoutMillis(timeout.toMillis());
    }

    /**
     * How many rows the member sends in one page.
     *
     * @return a positive count
     */
    public int getCursorBufferSize() {
        return cursorBufferSize;
    }

    /**
     * Sets how many rows the member sends in one page: a larger page means fewer round trips and more memory.
     *
     * @param cursorBufferSize a positive count
     * @return this statement
     * @throws IllegalArgumentException if it is not positive
     */
    public SqlStatement setCursorBufferSize(int cursorBufferSize) {
        if (cursorBufferSize <= 0) {
            throw new IllegalArgumentException("the cursor buffer size must be positive, not " + cursorBufferSize);
        }
        this.cursorBufferSize = cursorBufferSize;
        return this;
    }

    /**
     * The schema that unqualified object names are looked up in first.
     *
     * @return the schema, or null for the default search path
     */
    public String getSchema() {
        return schema;
    }

    /**
     * Sets the schema that unqualified object names are looked up in first.
     *
     * @param schema a schema name, or null for the default search path
     * @return this statement
     */
    public SqlStatement setSchema(String schema) {
        this.schema = schema;
        return this;
    }

    /**
     * What the statement is expected to return.
     *
     * @return the expected kind
     */
    public SqlExpectedResultType getExpectedResultType() {
        return expectedResultType;
    }

    /**
     * Sets what the statement is expected to return; the member refuses it if it returns the other kind.
     *
     * @param expectedResultType the expected kind
     * @return this statement
     * @throws NullPointerException if it is null
     */
    public SqlStatement setExpectedResultType(SqlExpectedResultType expectedResultType) {
        this.expectedResultType = Objects.requireNonNull(expectedResultType, "expectedResultType");
        return this;
    }

    @Override
    public String toString() {
        return "SqlStatement{sql=" + sql + ", parameters=" + parameters.size() + ", timeoutMillis=" + timeoutMillis
                + ", cursorBufferSize=" + cursorBufferSize + ", schema=" + schema + ", expectedResultType="
                + expectedResultType + '}';
    }
}
