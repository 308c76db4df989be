package io.hzclient.spring.boot.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.mock.env.MockEnvironment;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The graceful shutdown's place among the context's stop phases, and its grace from Boot's property. */
class HzClientGracefulShutdownTest {

    private static HzClientGracefulShutdown with(MockEnvironment environment) {
        return new HzClientGracefulShutdown(new StaticListableBeanFactory().getBeanProvider(io.hzclient.HzClient.class),
                environment);
    }

    @Test
    void stopsAfterTheQueueConsumersAndTheWebServersGracefulShutdownAndStop() {
        // higher phases stop first: the queue consumers (default phase), the web server's graceful shutdown, and the
        // web server's stop (1024 below it) all come before the client's
        assertThat(HzClientGracefulShutdown.PHASE)
                .isLessThan(SmartLifecycle.DEFAULT_PHASE)
                .isLessThan(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 1024);
        assertThat(with(new MockEnvironment()).getPhase()).isEqualTo(HzClientGracefulShutdown.PHASE);
    }

    @Test
    void theGraceIsTheShutdownPhasesTimeoutOr30Seconds() {
        assertThat(with(new MockEnvironment()).grace()).isEqualTo(Duration.ofSeconds(30));
        assertThat(with(new MockEnvironment().withProperty("spring.lifecycle.timeout-per-shutdown-phase", "7s"))
                .grace()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void withoutAClientStoppingJustCallsBack() {
        HzClientGracefulShutdown lifecycle = with(new MockEnvironment());
        lifecycle.start();
        assertThat(lifecycle.isRunning()).isFalse();
        boolean[] called = {false};
        lifecycle.stop(() -> called[0] = true);
        assertThat(called[0]).isTrue();
    }
}
