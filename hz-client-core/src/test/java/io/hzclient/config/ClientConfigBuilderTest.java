package io.hzclient.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The builder refuses the nulls its Javadoc names, each with a message naming the option. */
class ClientConfigBuilderTest {

    @Test
    void nullsAreRefusedNamingTheOption() {
        ClientConfig.Builder b = ClientConfig.builder();
        npe("cluster-members", () -> b.addresses((Collection<String>) null));
        npe("labels", () -> b.labels((Collection<String>) null));
        npe("connection-retry", () -> b.connectionRetry(null));
        npe("reconnect-mode", () -> b.reconnectMode(null));
        npe("load-balancer", () -> b.loadBalancer(null));
        npe("serialization", () -> b.serialization(null));
        npe("lifecycle listener", () -> b.addLifecycleListener(null));
        npe("flake-id-generators", () -> b.addFlakeIdGeneratorConfig(null));
        npe("reliable-topics", () -> b.addReliableTopicConfig(null));
        npe("near-caches", () -> b.addNearCacheConfig(null));
        npe("near-cache-repair", () -> b.nearCacheRepair(null));
    }

    @Test
    void configsAreKeptInTheOrderAddedAndALaterOneOfTheSameNameReplacesTheFormer() {
        ClientConfig c = ClientConfig.builder()
                .addReliableTopicConfig(ReliableTopicConfig.builder("b").build())
                .addReliableTopicConfig(ReliableTopicConfig.builder("a").build())
                .addReliableTopicConfig(ReliableTopicConfig.builder("b").readBatchSize(5).build())
                .build();
        assertThat(c.reliableTopicConfigs()).containsOnlyKeys("b", "a");
        assertThat(List.copyOf(c.reliableTopicConfigs().keySet())).containsExactly("b", "a");
        assertThat(c.reliableTopicConfig("b").readBatchSize()).isEqualTo(5);
        assertThat(c.reliableTopicConfig("none")).isEqualTo(ReliableTopicConfig.defaults("none"));
        assertThatThrownBy(() -> c.reliableTopicConfigs().put("x", null))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static void npe(String option, Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(NullPointerException.class).hasMessageContaining(option);
    }
}
