package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.config.ClientConfig;
import org.springframework.core.Ordered;
import org.springframework.core.task.VirtualThreadTaskExecutor;

/**
 * With {@code spring.threads.virtual.enabled=true} (on Java 21 and later): the client's async futures complete on
 * virtual threads, and its listener callbacks run on virtual threads. Applied before every other customizer, so an
 * application's own {@link HzClientConfigCustomizer} may still set other executors.
 */
final class HzClientVirtualThreads implements HzClientConfigCustomizer, Ordered {

    @Override
    public void customize(ClientConfig.Builder builder) {
        builder.userExecutor(new VirtualThreadTaskExecutor("hz.client.user-"))
                .eventThreadFactory(new VirtualThreadTaskExecutor("hz.client.event-").getVirtualThreadFactory());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
