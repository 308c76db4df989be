package io.hzclient.spring.transaction;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.InvalidIsolationLevelException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code @Transactional} methods over a real member's maps and queues, through {@link HzTransactionManager}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HzTransactionManagerIT {
    static final String AWARE_QUEUE = TestCluster.uniqueName("spring-aware-jobs");
    static final String AWARE_MAP = TestCluster.uniqueName("spring-aware-results");
    private TestCluster cluster;
    private HzClient other;
    private AnnotationConfigApplicationContext spring;
    private Jobs jobs;

    @BeforeAll
    void start() {
        cluster = TestCluster.shared();
        other = HzClient.newClient(config(cluster));
        spring = new AnnotationConfigApplicationContext();
        spring.registerBean(TestCluster.class, () -> cluster);
        spring.register(App.class);
        spring.refresh();
        jobs = spring.getBean(Jobs.class);
    }

    static ClientConfig config(TestCluster cluster) {
        return ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses()).build();
    }

    @AfterAll
    void stop() {
        if (spring != null) {
            spring.close();
        }
        if (other != null) {
            other.close();
        }
    }

    @Test
    void aTransactionalMethodCommitsWhenItReturns() {
        String queue = TestCluster.uniqueName("spring-jobs");
        String results = TestCluster.uniqueName("spring-results");
        other.<String>getQueue(queue).offer("job-1");

        assertThat(jobs.process(queue, results, false)).isEqualTo("job-1");

        assertThat(other.<String, String>getMap(results).get("job-1")).isEqualTo("done");
        assertThat(other.<String>getQueue(queue).size()).isZero();
    }

    @Test
    void aRuntimeExceptionRollsBackAndTheJobIsBackInTheQueue() {
        String queue = TestCluster.uniqueName("spring-jobs");
        String results = TestCluster.uniqueName("spring-results");
        other.<String>getQueue(queue).offer("job-1");

        assertThatThrownBy(() -> jobs.process(queue, results, true)).isInstanceOf(IllegalStateException.class)
                .hasMessage("failed after recording job-1");

        assertThat(other.<String, String>getMap(results).size()).isZero();
        assertThat(other.<String>getQueue(queue)).containsExactly("job-1");
    }

    @Test
    void injectedTransactionAwareBeansJoinTheMethodsTransaction() {
        other.<String>getQueue(AWARE_QUEUE).offer("a");
        other.<String>getQueue(AWARE_QUEUE).offer("b");

        assertThat(jobs.processWithBeans(false)).isEqualTo("a");
        assertThatThrownBy(() -> jobs.processWithBeans(true)).isInstanceOf(IllegalStateException.class);

        assertThat(other.<String, String>getMap(AWARE_MAP).get("a")).isEqualTo("done");
        assertThat(other.<String, String>getMap(AWARE_MAP).get("b")).isNull();
        assertThat(other.<String>getQueue(AWARE_QUEUE)).containsExactly("b");
        @SuppressWarnings("unchecked")
        TransactionAwareMap<String, String> outside = spring.getBean(TransactionAwareMap.class);
        assertThatThrownBy(() -> outside.get("a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no Hazelcast transaction");
    }

    @Test
    void aCheckedExceptionCommitsUnlessARuleSaysRollBack() {
        String map = TestCluster.uniqueName("spring-checked");
        assertThatThrownBy(() -> jobs.putThenThrowChecked(map)).isInstanceOf(IOException.class);
        assertThat(other.<String, String>getMap(map).get("k")).isEqualTo("committed anyway");

        String ruled = TestCluster.uniqueName("spring-checked-rule");
        assertThatThrownBy(() -> jobs.putThenThrowCheckedWithRule(ruled)).isInstanceOf(IOException.class);
        assertThat(other.<String, String>getMap(ruled).size()).isZero();
    }

    @Test
    void requiresNewCommitsOnItsOwnWhileTheOuterTransactionRollsBack() {
        String map = TestCluster.uniqueName("spring-requires-new");
        assertThatThrownBy(() -> jobs.outerFailsAfterInner(map)).isInstanceOf(IllegalStateException.class);
        assertThat(other.<String, String>getMap(map).get("inner")).isEqualTo("committed");
        assertThat(other.<String, String>getMap(map).get("outer")).isNull();
    }

    @Test
    void notSupportedRunsOutsideAndNeverRefusesToRunInside() {
        assertThat(jobs.outerCallsNotSupported()).isTrue();
        assertThatThrownBy(() -> jobs.outerCallsNever()).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> HzTransactions.current(spring.getBean(HzClient.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no Hazelcast transaction");
    }

    @Test
    void theAnnotationsTimeoutBecomesTheTransactionsTimeout() {
        String map = TestCluster.uniqueName("spring-timeout");
        assertThatThrownBy(() -> jobs.putThenOutliveTimeout(map)).isInstanceOf(TransactionSystemException.class)
                .hasMessageContaining("timed out");
        assertThat(other.<String, String>getMap(map).size()).isZero();
    }

    @Test
    void anIsolationLevelOtherThanTheDefaultIsRefused() {
        assertThatThrownBy(() -> jobs.serializable()).isInstanceOf(InvalidIsolationLevelException.class);
    }

    @Configuration
    @EnableTransactionManagement(proxyTargetClass = true)
    static class App {
        @Bean(destroyMethod = "close")
        HzClient hzClient(TestCluster cluster) {
            return HzClient.newClient(config(cluster));
        }

        @Bean
        HzTransactionManager transactionManager(HzClient client) {
            return new HzTransactionManager(client);
        }

        @Bean
        Inner inner(HzClient client) {
            return new Inner(client);
        }

        @Bean
        TransactionAwareQueue<String> awareQueue(HzClient client) {
            return new TransactionAwareQueue<>(client, AWARE_QUEUE);
        }

        @Bean
        TransactionAwareMap<String, String> awareMap(HzClient client) {
            return new TransactionAwareMap<>(client, AWARE_MAP);
        }

        @Bean
        Jobs jobs(HzClient client, Inner inner, TransactionAwareQueue<String> awareQueue,
                  TransactionAwareMap<String, String> awareMap) {
            return new Jobs(client, inner, awareQueue, awareMap);
        }
    }

    static class Inner {
        private final HzClient client;

        Inner(HzClient client) {
            this.client = client;
        }

        @Transactional(propagation = Propagation.REQUIRES_NEW)
        public void putInNewTransaction(String map) {
            HzTransactions.map(client, map).put("inner", "committed");
        }

        @Transactional(propagation = Propagation.NOT_SUPPORTED)
        public boolean outsideATransaction() {
            try {
                HzTransactions.current(client);
                return false;
            } catch (IllegalStateException e) {
                return true;
            }
        }

        @Transactional(propagation = Propagation.NEVER)
        public void never() {
        }
    }

    static class Jobs {
        private final HzClient client;
        private final Inner inner;
        private final TransactionAwareQueue<String> awareQueue;
        private final TransactionAwareMap<String, String> awareMap;

        Jobs(HzClient client, Inner inner, TransactionAwareQueue<String> awareQueue,
             TransactionAwareMap<String, String> awareMap) {
            this.client = client;
            this.inner = inner;
            this.awareQueue = awareQueue;
            this.awareMap = awareMap;
        }

        @Transactional
        public String processWithBeans(boolean fail) {
            String job = awareQueue.poll();
            awareMap.put(job, "done");
            if (fail) {
                throw new IllegalStateException("failed after recording " + job);
            }
            return job;
        }

        @Transactional
        public String process(String queue, String results, boolean fail) {
            String job = HzTransactions.<String>queue(client, queue).poll();
            HzTransactions.<String, String>map(client, results).put(job, "done");
            if (fail) {
                throw new IllegalStateException("failed after recording " + job);
            }
            return job;
        }

        @Transactional
        public void putThenThrowChecked(String map) throws IOException {
            HzTransactions.map(client, map).put("k", "committed anyway");
            throw new IOException("checked");
        }

        @Transactional(rollbackFor = IOException.class)
        public void putThenThrowCheckedWithRule(String map) throws IOException {
            HzTransactions.map(client, map).put("k", "rolled back");
            throw new IOException("checked, with a rule");
        }

        @Transactional
        public void outerFailsAfterInner(String map) {
            HzTransactions.map(client, map).put("outer", "rolled back");
            inner.putInNewTransaction(map);
            throw new IllegalStateException("the outer transaction fails");
        }

        @Transactional
        public boolean outerCallsNotSupported() {
            HzTransactions.current(client);
            boolean outside = inner.outsideATransaction();
            HzTransactions.current(client); // resumed
            return outside;
        }

        @Transactional
        public void outerCallsNever() {
            inner.never();
        }

        @Transactional(timeout = 3)
        public void putThenOutliveTimeout(String map) {
            HzTransactions.map(client, map).put("k", "v");
            try {
                Thread.sleep(3500); // not a race: the transaction is older than its timeout after it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Transactional(isolation = Isolation.SERIALIZABLE)
        public void serializable() {
        }
    }
}
