package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.HzClient;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@code hzclient} actuator endpoint, when actuator is on the classpath and the endpoint is exposed. */
@AutoConfiguration(after = HzClientAutoConfiguration.class)
@ConditionalOnClass({HzClient.class, Endpoint.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnBean(HzClient.class)
@ConditionalOnAvailableEndpoint(HzClientEndpoint.class)
@ConditionalOnBooleanProperty(name = HzClientAutoConfiguration.ENABLED, matchIfMissing = true) // hz.client.enabled (issue 23)
public class HzClientEndpointAutoConfiguration {

    /**
     * The {@code hzclient} endpoint, unless the application defines one.
     *
     * @param client the client to describe
     * @return the endpoint
     */
    @Bean
    @ConditionalOnMissingBean
    public HzClientEndpoint hzClientEndpoint(HzClient client) {
        return new HzClientEndpoint(client);
    }
}
