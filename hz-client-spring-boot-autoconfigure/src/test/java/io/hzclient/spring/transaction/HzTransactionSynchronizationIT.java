package io.hzclient.spring.transaction;

import io.hzclient.HzClient;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hazelcast work inside another transaction manager's transaction (a stand-in for a database's, which records its
 * commits and rollbacks): it commits right after that one commits, and rolls back with it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HzTransactionSynchronizationIT {
    private HzClient client;
    private HzClient other;
    private final OtherResourceManager database = new OtherResourceManager();

    @BeforeAll
    void start() {
        TestCluster cluster = TestCluster.shared();
        client = HzClient.newClient(HzTransactionManagerIT.config(cluster));
        other = HzClient.newClient(HzTransactionManagerIT.config(cluster));
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.close();
        }
        if (other != null) {
            other.close();
        }
    }

    @Test
    void theHazelcastTransactionCommitsRightAfterTheOtherResource() {
        String map = TestCluster.uniqueName("sync-commit");
        new TransactionTemplate(database).executeWithoutResult(status -> {
            HzTransactions.<String, String>map(client, map).put("k", "v");
            assertThat(HzTransactions.current(client)).as("one transaction per Spring transaction")
                    .isSameAs(HzTransactions.current(client));
            assertThat(other.<String, String>getMap(map).get("k")).isNull();
        });
        assertThat(database.events).endsWith("commit");
        assertThat(other.<String, String>getMap(map).get("k")).isEqualTo("v");
    }

    @Test
    void theHazelcastTransactionRollsBackWithTheOtherResource() {
        String map = TestCluster.uniqueName("sync-rollback");
        assertThatThrownBy(() -> new TransactionTemplate(database).executeWithoutResult(status -> {
            HzTransactions.<String, String>map(client, map).put("k", "v");
            throw new IllegalStateException("the database refused");
        })).hasMessage("the database refused");
        assertThat(database.events).endsWith("rollback");
        assertThat(other.<String, String>getMap(map).size()).isZero();
        assertThatThrownBy(() -> HzTransactions.current(client)).isInstanceOf(IllegalStateException.class);
    }

    /** A transaction manager of another resource, with Spring's synchronization on (its default). */
    static final class OtherResourceManager extends AbstractPlatformTransactionManager {
        final List<String> events = new ArrayList<>();

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            events.add("begin");
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            events.add("commit");
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            events.add("rollback");
        }
    }
}
