package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.HzClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;

import java.time.Duration;

/**
 * Shuts the client down gracefully as the context stops ({@link HzClient#shutdown(Duration)}): new calls are refused,
 * calls in flight get up to {@code spring.lifecycle.timeout-per-shutdown-phase} (30 s unless set) to end, then the
 * client closes. Its phase comes after the {@code @HzQueueListener} consumers ({@link SmartLifecycle#DEFAULT_PHASE}:
 * they stop first, each finishing its item) and after Boot's web server graceful shutdown and stop
 * ({@code DEFAULT_PHASE - 1024} and {@code - 2048}), so that requests still being served can finish their calls.
 * The bean's destroy method then finds the client shut down already.
 */
final class HzClientGracefulShutdown implements SmartLifecycle {
    /** After the web server's phases (see above). */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;
    static final String TIMEOUT_PROPERTY = "spring.lifecycle.timeout-per-shutdown-phase";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final ObjectProvider<HzClient> clients;
    private final Duration grace;
    private volatile HzClient client;

    HzClientGracefulShutdown(ObjectProvider<HzClient> clients, Environment environment) {
        this.clients = clients;
        this.grace = Binder.get(environment).bind(TIMEOUT_PROPERTY, Duration.class).orElse(DEFAULT_TIMEOUT);
    }

    @Override
    public void start() {
        client = clients.getIfUnique();
    }

    @Override
    public void stop() {
        HzClient c = client;
        client = null;
        if (c != null) {
            c.shutdown(grace);
        }
    }

    /** Shuts down on a thread of its own, so that the other beans of this phase stop meanwhile. */
    @Override
    public void stop(Runnable callback) {
        HzClient c = client;
        client = null;
        if (c == null) {
            callback.run();
            return;
        }
        Thread t = new Thread(() -> {
            try {
                c.shutdown(grace);
            } finally {
                callback.run();
            }
        }, "hz.client.graceful-shutdown");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public boolean isRunning() {
        return client != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** How long calls in flight may take to end, from {@value #TIMEOUT_PROPERTY}. */
    Duration grace() {
        return grace;
    }
}
