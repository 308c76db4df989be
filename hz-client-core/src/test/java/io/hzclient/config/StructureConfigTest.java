package io.hzclient.config;

import io.hzclient.topic.TopicOverloadPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StructureConfigTest {

    @Test
    void flakeIdDefaultsAreTheSeedGuides() {
        FlakeIdGeneratorConfig c = ClientConfig.builder().build().flakeIdGeneratorConfig("ids");
        assertThat(c.prefetchCount()).isEqualTo(100);
        assertThat(c.prefetchValidity()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.name()).isEqualTo("ids");
    }

    @Test
    void reliableTopicDefaultsAreTheSeedGuides() {
        ReliableTopicConfig c = ClientConfig.builder().build().reliableTopicConfig("news");
        assertThat(c.readBatchSize()).isEqualTo(10);
        assertThat(c.overloadPolicy()).isEqualTo(TopicOverloadPolicy.BLOCK);
    }

    @Test
    void exactNameWinsOverPatternsAndTheLongestPatternWinsOverShorterOnes() {
        ClientConfig config = ClientConfig.builder()
                .addFlakeIdGeneratorConfig(FlakeIdGeneratorConfig.builder("orders-*").prefetchCount(1).build())
                .addFlakeIdGeneratorConfig(FlakeIdGeneratorConfig.builder("orders-eu-*").prefetchCount(2).build())
                .addFlakeIdGeneratorConfig(FlakeIdGeneratorConfig.builder("orders-eu-1").prefetchCount(3).build())
                .addFlakeIdGeneratorConfig(FlakeIdGeneratorConfig.builder("default").prefetchCount(4).build())
                .build();
        assertThat(config.flakeIdGeneratorConfig("orders-us").prefetchCount()).isEqualTo(1);
        assertThat(config.flakeIdGeneratorConfig("orders-eu-2").prefetchCount()).isEqualTo(2);
        assertThat(config.flakeIdGeneratorConfig("orders-eu-1").prefetchCount()).isEqualTo(3);
        assertThat(config.flakeIdGeneratorConfig("invoices").prefetchCount()).isEqualTo(4);
    }

    @Test
    void wildcardMayStandInTheMiddleOrAtTheStart() {
        ClientConfig config = ClientConfig.builder()
                .addReliableTopicConfig(ReliableTopicConfig.builder("*-events").readBatchSize(7).build())
                .addReliableTopicConfig(ReliableTopicConfig.builder("app-*-log")
                        .overloadPolicy(TopicOverloadPolicy.ERROR).build())
                .build();
        assertThat(config.reliableTopicConfig("user-events").readBatchSize()).isEqualTo(7);
        assertThat(config.reliableTopicConfig("app-web-log").overloadPolicy()).isEqualTo(TopicOverloadPolicy.ERROR);
        assertThat(config.reliableTopicConfig("app-log").readBatchSize()).isEqualTo(10);
    }

    @Test
    void equallyGoodPatternsAreReportedAsAmbiguous() {
        ClientConfig config = ClientConfig.builder()
                .addReliableTopicConfig(ReliableTopicConfig.builder("a-*").build())
                .addReliableTopicConfig(ReliableTopicConfig.builder("*-b").build())
                .build();
        assertThatThrownBy(() -> config.reliableTopicConfig("a-b")).hasMessageContaining("a-b");
    }

    @Test
    void badValuesFailNamingTheOption() {
        assertThatThrownBy(() -> FlakeIdGeneratorConfig.builder("ids").prefetchCount(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("flake-id-generators.ids.prefetch-count");
        assertThatThrownBy(() -> FlakeIdGeneratorConfig.builder("ids").prefetchCount(100_001))
                .hasMessageContaining("prefetch-count");
        assertThatThrownBy(() -> FlakeIdGeneratorConfig.builder("ids").prefetchValidity(Duration.ofSeconds(-1)))
                .hasMessageContaining("flake-id-generators.ids.prefetch-validity");
        assertThatThrownBy(() -> ReliableTopicConfig.builder("t").readBatchSize(0))
                .hasMessageContaining("reliable-topics.t.read-batch-size");
        assertThatThrownBy(() -> ReliableTopicConfig.builder("t").overloadPolicy(null))
                .hasMessageContaining("reliable-topics.t.overload-policy");
        assertThatThrownBy(() -> ReliableTopicConfig.builder("a*b*")).hasMessageContaining("at most one");
    }

    @Test
    void zeroValidityIsAllowedAndMeansNeverExpires() {
        assertThat(FlakeIdGeneratorConfig.builder("ids").prefetchValidity(Duration.ZERO).build().prefetchValidity())
                .isZero();
    }

    @Test
    void toBuilderKeepsTheStructureConfigs() {
        ClientConfig config = ClientConfig.builder()
                .addFlakeIdGeneratorConfig(FlakeIdGeneratorConfig.builder("ids").prefetchCount(9).build())
                .addReliableTopicConfig(ReliableTopicConfig.builder("t").readBatchSize(3).build())
                .build().toBuilder().build();
        assertThat(config.flakeIdGeneratorConfig("ids").prefetchCount()).isEqualTo(9);
        assertThat(config.reliableTopicConfig("t").readBatchSize()).isEqualTo(3);
    }
}
