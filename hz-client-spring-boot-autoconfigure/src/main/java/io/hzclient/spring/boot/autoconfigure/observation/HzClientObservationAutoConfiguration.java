package io.hzclient.spring.boot.autoconfigure.observation;

import io.hzclient.HzClient;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.HzClientConfigCustomizer;
import io.hzclient.spring.boot.autoconfigure.HzClientProperties;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * An {@code hz.client.operation} observation per call ({@link HzClientCallObserver}), when Micrometer Observation is
 * on the classpath, {@code hz.client.observation.enabled} is not false, and the application has an
 * {@link ObservationRegistry} bean that is not a no-op one; else the client observes nothing, at no cost per call.
 */
@AutoConfiguration(before = HzClientAutoConfiguration.class)
@ConditionalOnClass({HzClient.class, ObservationRegistry.class})
@ConditionalOnProperty(prefix = "hz.client.observation", name = "enabled", matchIfMissing = true)
public final class HzClientObservationAutoConfiguration {

    /**
     * Sets the client's call observer, if the application has an observation registry.
     *
     * @param registry   the application's registry, if any
     * @param convention a convention of the application's, if any
     * @param properties the {@code hz.client.*} properties
     * @return a customizer of the client's configuration
     */
    @Bean
    public HzClientConfigCustomizer hzClientObservationCustomizer(ObjectProvider<ObservationRegistry> registry,
            ObjectProvider<HzClientCallObservationConvention> convention, HzClientProperties properties) {
        return builder -> {
            ObservationRegistry r = registry.getIfUnique();
            if (r != null && !r.isNoop()) {
                builder.callObserver(new HzClientCallObserver(r, convention.getIfUnique(),
                        properties.getObservation().isObjectName()));
            }
        };
    }
}
