package io.hzclient.spring.boot.autoconfigure.metrics;

import io.hzclient.HzClient;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The client's Micrometer meters ({@code hz.client.*}), bound to every registry the application has. */
@AutoConfiguration(after = HzClientAutoConfiguration.class)
@ConditionalOnClass({HzClient.class, MeterBinder.class})
@ConditionalOnBean(HzClient.class)
@ConditionalOnBooleanProperty(name = "hz.client.enabled", matchIfMissing = true)
public final class HzClientMetricsAutoConfiguration {

    /**
     * The client's meters, unless the application defines an {@link HzClientMetrics} bean.
     *
     * @param client the client to measure
     * @return the meter binder
     */
    @Bean
    @ConditionalOnMissingBean
    public HzClientMetrics hzClientMetrics(HzClient client) {
        return new HzClientMetrics(client);
    }
}
