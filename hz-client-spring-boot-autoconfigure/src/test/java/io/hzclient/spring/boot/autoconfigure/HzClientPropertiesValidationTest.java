package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** A bad value stops the startup, and the message names the property and says what is wrong. */
class HzClientPropertiesValidationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                    HzClientBeansAutoConfiguration.class))
            .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.mode=lazy");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hz.client.invocation-timeout=-1s                     | hz.client.invocation-timeout           | positive",
            "hz.client.invocation-retry-pause=0s                  | hz.client.invocation-retry-pause       | positive",
            "hz.client.connection-timeout=-5s                     | hz.client.connection-timeout           | positive",
            "hz.client.operation-backup-timeout=-1ms              | hz.client.operation-backup-timeout     | positive",
            "hz.client.max-message-size=63KB                      | hz.client.max-message-size             | must be between 64KB (65536 bytes) and 2147483647 bytes, got 64512 bytes",
            "hz.client.max-message-size=2GB                       | hz.client.max-message-size             | got 2147483648 bytes",
            "hz.client.max-message-size=-1MB                      | hz.client.max-message-size             | between 64KB",
            "hz.client.max-message-size=lots                      | hz.client.max-message-size             | lots",
            "hz.client.heartbeat.interval=-1s                     | hz.client.heartbeat.interval           | positive",
            "hz.client.heartbeat.timeout=1s                       | hz.client.heartbeat.timeout            | longer than hz.client.heartbeat.interval",
            "hz.client.connection-retry.jitter=1.5                | hz.client.connection-retry.jitter      | between 0 and 1",
            "hz.client.connection-retry.jitter=-0.1               | hz.client.connection-retry.jitter      | between 0 and 1",
            "hz.client.connection-retry.multiplier=0.5            | hz.client.connection-retry.multiplier  | at least 1.0",
            "hz.client.connection-retry.initial-backoff=-1s       | hz.client.connection-retry.initial-backoff | not be negative",
            "hz.client.connection-retry.max-backoff=100ms         | hz.client.connection-retry.max-backoff | initial-backoff",
            "hz.client.connection-retry.cluster-connect-timeout=-1s | hz.client.connection-retry.cluster-connect-timeout | not be negative",
            "hz.client.cluster-members=127.0.0.1:99999            | hz.client.cluster-members[0]           | malformed member address",
            "hz.client.cluster-members=host:abc                   | hz.client.cluster-members[0]           | malformed member address",
            "hz.client.cluster-name=                              | hz.client.cluster-name                 | must not be empty",
            "hz.client.startup.timeout=0s                         | hz.client.startup.timeout              | positive",
            "hz.client.statistics.period=-3s                      | hz.client.statistics.period            | positive",
            "hz.client.flake-id-generators.ids.prefetch-count=0   | hz.client.flake-id-generators.ids.prefetch-count | between 1 and 100000",
            "hz.client.flake-id-generators.ids.prefetch-count=100001 | hz.client.flake-id-generators.ids.prefetch-count | between 1 and 100000",
            "hz.client.flake-id-generators.ids.prefetch-validity=-1s | hz.client.flake-id-generators.ids.prefetch-validity | not be negative",
            "hz.client.reliable-topics.news.read-batch-size=0     | hz.client.reliable-topics.news.read-batch-size | between 1 and 1000",
            "hz.client.reliable-topics.news.read-batch-size=1001  | hz.client.reliable-topics.news.read-batch-size | between 1 and 1000",
            "hz.client.serialization.portable-version=-1          | hz.client.serialization.portable-version | must not be negative",
            "hz.client.beans.topics=,x                            | hz.client.beans.topics[0]              | must not be empty",
            "hz.client.near-caches.customers.eviction-max-size=0  | hz.client.near-caches[customers].eviction-max-size | at least 1",
            "hz.client.near-caches.customers.time-to-live=-1s     | hz.client.near-caches[customers].time-to-live | not be negative",
            "hz.client.near-caches[products-*].max-idle=-1s       | hz.client.near-caches[products-*].max-idle | not be negative",
            "hz.client.near-caches[products-*].eviction-sampling-count=0 | hz.client.near-caches[products-*].eviction-sampling-count | at least 1",
            "hz.client.near-caches.customers.eviction-sampling-pool-size=-2 | hz.client.near-caches[customers].eviction-sampling-pool-size | at least 1",
            "hz.client.near-caches[a-*-b-*].eviction-max-size=5  | hz.client.near-caches[a-*-b-*]          | one '*' wildcard",
            "hz.client.near-caches.customers.local-update-policy=sometimes | hz.client.near-caches.customers.local-update-policy | sometimes",
            "hz.client.near-caches.customers.in-memory-format=native | hz.client.near-caches.customers.in-memory-format | native",
            "hz.client.near-caches.customers.eviction-policy=fifo | hz.client.near-caches.customers.eviction-policy | fifo",
            "hz.client.near-cache-repair.max-tolerated-miss-count=-1 | hz.client.near-cache-repair.max-tolerated-miss-count | must not be negative",
            "hz.client.near-cache-repair.reconciliation-interval=0s | hz.client.near-cache-repair.reconciliation-interval | positive",
    })
    void aBadValueFailsWithAMessageNamingTheProperty(String setting, String property, String reason) {
        runner.withPropertyValues(setting).run(context -> {
            assertThat(context).hasFailed();
            String messages = HzClientTestSupport.allMessages(context.getStartupFailure());
            assertThat(messages).contains(property).contains(reason);
        });
    }

    @Test
    void anUnknownLoadBalancerIsReportedWithTheChoices() {
        runner.withPropertyValues("hz.client.load-balancer=fastest").run(context -> {
            assertThat(context).hasFailed();
            assertThat(HzClientTestSupport.allMessages(context.getStartupFailure())).contains("hz.client.load-balancer")
                    .contains("fastest").contains("round-robin, random, or the name of a LoadBalancer bean");
        });
    }

    @Test
    void aFactoryClassOfTheWrongTypeIsReported() {
        runner.withPropertyValues("hz.client.serialization.data-serializable-factories.7=java.lang.String")
                .run(context -> assertThat(HzClientTestSupport.allMessages(context.getStartupFailure()))
                        .contains("hz.client.serialization.data-serializable-factories.7")
                        .contains("DataSerializableFactory"));
    }

    @Test
    void aValidConfigurationStarts() {
        runner.withPropertyValues("hz.client.connection-retry.jitter=1", "hz.client.connection-retry.multiplier=1",
                        "hz.client.flake-id-generators.ids.prefetch-count=100000",
                        "hz.client.flake-id-generators.ids.prefetch-validity=0s")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
