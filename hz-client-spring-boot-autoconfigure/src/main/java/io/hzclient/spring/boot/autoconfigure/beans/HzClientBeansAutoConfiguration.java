package io.hzclient.spring.boot.autoconfigure.beans;

import io.hzclient.HzClient;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The client's distributed objects as beans: the beans of {@code hz.client.beans.*} (maps, topics, PN counters, Flake
 * ID generators), {@link io.hzclient.spring.boot.HzMapRef} injection, the subscriptions of
 * {@link io.hzclient.spring.boot.HzTopicListener} methods and the consumers of
 * {@link io.hzclient.spring.boot.HzQueueListener} methods.
 */
@AutoConfiguration(after = HzClientAutoConfiguration.class)
@ConditionalOnClass(HzClient.class)
@ConditionalOnBooleanProperty(name = "hz.client.enabled", matchIfMissing = true)
@Import(DistributedObjectBeansRegistrar.class)
public final class HzClientBeansAutoConfiguration {

    @Bean
    static HzMapInjection hzMapInjection() {
        return new HzMapInjection();
    }

    @Bean
    static HzTopicListenerRegistrar hzTopicListenerRegistrar(ObjectProvider<HzClient> client) {
        return new HzTopicListenerRegistrar(client);
    }

    @Bean
    static HzQueueListenerRunner hzQueueListenerRunner(ObjectProvider<HzClient> client, Environment environment) {
        return new HzQueueListenerRunner(client, Threading.VIRTUAL.isActive(environment));
    }
}
