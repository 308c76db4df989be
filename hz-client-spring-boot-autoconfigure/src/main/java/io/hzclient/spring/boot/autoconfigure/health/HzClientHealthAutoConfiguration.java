package io.hzclient.spring.boot.autoconfigure.health;

import io.hzclient.HzClient;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code hzClient} health indicator, and its place in the readiness group. Off with management.health.hzclient.enabled=false. */
@AutoConfiguration(after = HzClientAutoConfiguration.class, afterName = {
        // its post-processor adds the readiness group; ours, registered after it, then adds the client to it
        "org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration",
        "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration"})
@ConditionalOnClass({HzClient.class, HealthIndicator.class})
@ConditionalOnBean(HzClient.class)
@ConditionalOnBooleanProperty(name = "hz.client.enabled", matchIfMissing = true)
public final class HzClientHealthAutoConfiguration {
    /** The health contributor's name: the bean name less "HealthIndicator". */
    static final String CONTRIBUTOR = "hzClient";

    /**
     * The indicator's own condition, on a nested class: a context that registers this class directly (an
     * {@code @Import}, {@code ApplicationContextRunner}) loads every condition class of it before it evaluates any,
     * and fails without spring-boot-health; a nested
     * class is read only once the outer conditions passed.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEnabledHealthIndicator("hzclient")
    static class Indicator {

        /**
         * The {@code hzClient} health indicator, unless the application defines a bean named
         * {@code hzClientHealthIndicator}.
         *
         * @param client the client to watch
         * @return the health indicator
         */
        @Bean
        @ConditionalOnMissingBean(name = CONTRIBUTOR + "HealthIndicator")
        HzClientHealthIndicator hzClientHealthIndicator(HzClient client) {
            return new HzClientHealthIndicator(client);
        }

        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(HealthEndpointGroupsPostProcessor.class)
        @ConditionalOnBooleanProperty(name = "hz.client.health.readiness", matchIfMissing = true)
        static class Readiness {
            @Bean
            static HzClientReadiness hzClientReadiness() {
                return new HzClientReadiness(CONTRIBUTOR);
            }
        }
    }
}
