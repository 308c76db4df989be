package io.hzclient.demo;

import io.hzclient.sql.SqlException;
import io.hzclient.sql.SqlResult;
import io.hzclient.sql.SqlService;
import io.hzclient.sql.SqlStatement;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

import java.util.concurrent.CompletableFuture;

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
}
