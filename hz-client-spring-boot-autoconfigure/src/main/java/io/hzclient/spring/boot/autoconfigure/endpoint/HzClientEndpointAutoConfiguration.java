package io.hzclient.spring.boot.autoconfigure.endpoint;

import io.hzclient.HzClient;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code hzclient} actuator endpoint, when actuator is on the classpath and the endpoint is exposed. */
@AutoConfiguration(after = HzClientAutoConfiguration.class)
@ConditionalOnClass({HzClient.class, Endpoint.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnBean(HzClient.class)
@ConditionalOnBooleanProperty(name = "hz.client.enabled", matchIfMissing = true)
public final class HzClientEndpointAutoConfiguration {

    /**
     * The endpoint's own condition, on a nested class: a context that registers this class directly (an
     * {@code @Import}, {@code ApplicationContextRunner}) loads every condition class of it before it evaluates any,
     * and fails without actuator; a nested
     * class is read only once the outer conditions passed.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnAvailableEndpoint(HzClientEndpoint.class)
    static class Available {

        @Bean
        @ConditionalOnMissingBean
        HzClientEndpoint hzClientEndpoint(HzClient client) {
            return new HzClientEndpoint(client);
        }
    }
}
