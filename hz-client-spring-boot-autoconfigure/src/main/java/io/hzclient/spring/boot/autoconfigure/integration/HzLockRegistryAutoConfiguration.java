package io.hzclient.spring.boot.autoconfigure.integration;

import io.hzclient.HzClient;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.integration.HzLockRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.integration.support.locks.LockRegistry;

/**
 * A {@link HzLockRegistry} bean when Spring Integration is on the classpath and the application has no
 * {@link LockRegistry} of its own: locks by key on CP fenced locks, in the group {@code hz.client.lock-registry.group}
 * names (the default group if unset). {@code hz.client.lock-registry.enabled=false} turns it off.
 */
@AutoConfiguration(after = HzClientAutoConfiguration.class)
@ConditionalOnClass(LockRegistry.class)
@ConditionalOnBean(HzClient.class)
@ConditionalOnMissingBean(LockRegistry.class)
@ConditionalOnBooleanProperty(name = "hz.client.lock-registry.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "hz.client.enabled", matchIfMissing = true)
public final class HzLockRegistryAutoConfiguration {

    @Bean
    HzLockRegistry hzLockRegistry(HzClient client, Environment environment) {
        return new HzLockRegistry(client, environment.getProperty("hz.client.lock-registry.group"));
    }
}
