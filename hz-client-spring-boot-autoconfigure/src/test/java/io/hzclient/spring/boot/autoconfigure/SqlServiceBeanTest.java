package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.HzClient;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.sql.SqlException;
import io.hzclient.sql.SqlResult;
import io.hzclient.sql.SqlService;
import io.hzclient.sql.SqlStatement;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SqlService bean without a cluster: lazy startup must not wait for one, and a user's bean wins. */
class SqlServiceBeanTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                    HzClientBeansAutoConfiguration.class))
            .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.mode=lazy");

    @Test
    void withLazyStartupTheSqlServiceIsTheClientsOwnAndNeedsNoConnection() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(SqlService.class);
            HzClient client = context.getBean(HzClient.class);
            assertThat(client.isConnected()).isFalse();
            SqlService sql = context.getBean(SqlService.class);
            assertThat(sql).isSameAs(client.getSql());
            // the bean exists before any member does; a statement says so instead of waiting
            assertThatThrownBy(() -> sql.execute("SELECT 1")).isInstanceOfSatisfying(SqlException.class,
                    e -> assertThat(e.getCode()).isEqualTo(SqlException.CONNECTION_PROBLEM));
        });
    }

    @Test
    void aUserSqlServiceBeanWins() {
        runner.withUserConfiguration(UserSqlService.class).run(context -> {
            assertThat(context).hasSingleBean(SqlService.class);
            assertThat(context.getBean(SqlService.class)).isSameAs(context.getBean("mySql"));
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserSqlService {
        @Bean
        SqlService mySql() {
            return new SqlService() {
                @Override
                public SqlResult execute(String sql, Object... parameters) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public SqlResult execute(SqlStatement statement) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public CompletableFuture<SqlResult> executeAsync(SqlStatement statement) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
