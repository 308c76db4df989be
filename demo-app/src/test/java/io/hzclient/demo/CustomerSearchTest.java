package io.hzclient.demo;

import io.hzclient.sql.SqlException;
import io.hzclient.sql.SqlResult;
import io.hzclient.sql.SqlRow;
import io.hzclient.sql.SqlRowMetadata;
import io.hzclient.sql.SqlService;
import io.hzclient.sql.SqlStatement;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A cluster that refuses SQL leaves the search off with the cluster's reason, and the application up. */
class CustomerSearchTest {

    /** A cluster without SQL: every statement refused, as a member without Jet refuses it. */
    static final class NoSql implements SqlService {
        @Override
        public SqlResult execute(String sql, Object... parameters) {
            return execute(new SqlStatement(sql));
        }

        @Override
        public SqlResult execute(SqlStatement statement) {
            throw new SqlException(SqlException.GENERIC, "SQL queries cannot be executed: Jet is disabled", null,
                    null, null);
        }

        @Override
        public CompletableFuture<SqlResult> executeAsync(SqlStatement statement) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException());
        }
    }

    @Test
    void aClusterWithoutSqlTurnsTheSearchOffSayingWhy() {
        CustomerSearch search = new CustomerSearch(new NoSql());

        search.run(null);

        assertThatThrownBy(() -> search.byName("Ada")).isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(503))
                .hasMessageContaining("Jet is disabled");
    }

    /** A cluster reached only after startup: the first statement finds no member, the later ones run. */
    static final class LateCluster implements SqlService {
        final List<String> ran = new ArrayList<>();

        @Override
        public SqlResult execute(String sql, Object... parameters) {
            return execute(new SqlStatement(sql));
        }

        @Override
        public SqlResult execute(SqlStatement statement) {
            ran.add(statement.getSql());
            if (ran.size() == 1) {
                throw new SqlException(SqlException.CONNECTION_PROBLEM, "not connected", null, null, null);
            }
            return new NoRows();
        }

        @Override
        public CompletableFuture<SqlResult> executeAsync(SqlStatement statement) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException());
        }
    }

    /** An answer with no row. */
    static final class NoRows implements SqlResult {
        @Override
        public boolean isRowSet() {
            return true;
        }

        @Override
        public SqlRowMetadata getRowMetadata() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long updateCount() {
            return -1;
        }

        @Override
        public Iterator<SqlRow> iterator() {
            return Collections.emptyIterator();
        }

        @Override
        public Stream<SqlRow> stream() {
            return Stream.empty();
        }

        @Override
        public <T> Stream<T> as(Class<T> type) {
            return Stream.empty();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aMappingThatFailedForWantOfAConnectionIsTriedAgainByTheNextSearch() {
        LateCluster cluster = new LateCluster();
        CustomerSearch search = new CustomerSearch(cluster);

        search.run(null);

        assertThat(search.byName("Ada")).isEmpty();
        assertThat(cluster.ran).hasSize(3);
        assertThat(cluster.ran.get(1)).isEqualTo(CustomerSearch.MAPPING);
        assertThat(cluster.ran.get(2)).startsWith("SELECT");
    }
}
