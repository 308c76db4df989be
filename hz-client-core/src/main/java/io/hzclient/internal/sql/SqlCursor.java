package io.hzclient.internal.sql;

import io.hzclient.internal.serialization.SerializationService;
import io.hzclient.sql.SqlException;
import io.hzclient.sql.SqlResult;
import io.hzclient.sql.SqlRow;
import io.hzclient.sql.SqlRowMetadata;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A result of rows: the page in hand, and the query on its member for the pages after it. The member closes the
 * query itself once it has sent the last page; until then, {@link #close()} does.
 */
final class SqlCursor implements SqlResult {
    private final ClientSqlService service;
    private final UUID member;
    private final SqlQueryId queryId;
    private final int cursorBufferSize;
    private final SqlRowMetadata metadata;
    private final SerializationService serialization;
    private volatile SqlPage page;
    private int nextRow;
    private boolean iterated;
    /** Why the result was closed; null while it is open. */
    private final AtomicReference<String> closedBecause = new AtomicReference<>();

    SqlCursor(ClientSqlService service, UUID member, SqlQueryId queryId, int cursorBufferSize,
              SqlRowMetadata metadata, SqlPage firstPage, SerializationService serialization) {
        this.service = service;
        this.member = member;
        this.queryId = queryId;
        this.cursorBufferSize = cursorBufferSize;
        this.metadata = metadata;
        this.page = firstPage;
        this.serialization = serialization;
    }

    UUID member() {
        return member;
    }

    SqlQueryId queryId() {
        return queryId;
    }

    /** Whether the member still holds the query: it has not sent the last page. */
    boolean openOnMember() {
        return !page.last();
    }

    @Override
    public boolean isRowSet() {
        return true;
    }

    @Override
    public SqlRowMetadata getRowMetadata() {
        return metadata;
    }

    @Override
    public long updateCount() {
        return -1;
    }

    @Override
    public synchronized Iterator<SqlRow> iterator() {
        if (iterated) {
            throw new IllegalStateException("the rows of a result can be requested only once");
        }
        iterated = true;
        return new Rows();
    }

    @Override
    public Stream<SqlRow> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED
                | Spliterator.NONNULL), false).onClose(this::close);
    }

    @Override
    public <T> Stream<T> as(Class<T> type) {
        Function<SqlRow, T> mapping = RowMapping.of(Objects.requireNonNull(type, "type"), metadata);
        return stream().map(mapping);
    }

    @Override
    public void close() {
        closeBecause("the result was closed before all its rows were read");
    }

    /** Closes the result, cancelling the query on its member if it is still open there; later reads say why. */
    void closeBecause(String why) {
        if (closedBecause.compareAndSet(null, why)) {
            service.closed(this);
        }
    }

    private final class Rows implements Iterator<SqlRow> {
        @Override
        public boolean hasNext() {
            synchronized (SqlCursor.this) {
                while (nextRow >= page.rowCount()) {
                    if (page.last()) {
                        return false;
                    }
                    String why = closedBecause.get();
                    if (why != null) {
                        throw new SqlException(SqlException.CANCELLED_BY_USER, "the query was cancelled: " + why,
                                null, null, null);
                    }
                    page = service.fetch(SqlCursor.this, cursorBufferSize);
                    nextRow = 0;
                }
                return true;
            }
        }

        @Override
        public SqlRow next() {
            synchronized (SqlCursor.this) {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more rows");
                }
                return new SqlRowView(metadata, page, nextRow++, serialization);
            }
        }
    }

    /** The result of a statement that returns no rows. */
    record UpdateCount(long updateCount) implements SqlResult {
        @Override
        public boolean isRowSet() {
            return false;
        }

        @Override
        public SqlRowMetadata getRowMetadata() {
            throw noRows();
        }

        @Override
        public Iterator<SqlRow> iterator() {
            throw noRows();
        }

        @Override
        public Stream<SqlRow> stream() {
            throw noRows();
        }

        @Override
        public <T> Stream<T> as(Class<T> type) {
            throw noRows();
        }

        @Override
        public void close() {
        }

        private IllegalStateException noRows() {
            return new IllegalStateException("this result has no rows: the statement returned an update count ("
                    + updateCount + ")");
        }
    }
}
