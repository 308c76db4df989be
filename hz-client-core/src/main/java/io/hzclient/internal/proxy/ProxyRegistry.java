package io.hzclient.internal.proxy;

import io.hzclient.internal.invocation.InvocationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The client's proxies, one per service and name: each made on first use once the cluster has created its object,
 * created again on a new cluster, forgotten when destroyed.
 */
public final class ProxyRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ProxyRegistry.class);

    private final Map<String, ProxyBase> proxies = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<ProxyBase>> creating = new ConcurrentHashMap<>();
    private final InvocationService invocations;
    private final ClientContext context;

    public ProxyRegistry(InvocationService invocations, ClientContext context) {
        this.invocations = invocations;
        this.context = context;
    }

    /** The proxy of that service and name: the one made before, or a new one from {@code factory}. */
    @SuppressWarnings("unchecked")
    public <T extends ProxyBase> T getOrCreate(String serviceName, String objectName,
                                               BiFunction<String, ClientContext, T> factory) {
        Objects.requireNonNull(objectName, "the object name must not be null");
        String key = key(serviceName, objectName);
        ProxyBase existing = proxies.get(key);
        if (existing != null) {
            return (T) existing;
        }
        // Made outside any lock of the proxy map (creating it calls the cluster); callers of one name share one try.
        CompletableFuture<ProxyBase> mine = new CompletableFuture<>();
        CompletableFuture<ProxyBase> inFlight = creating.putIfAbsent(key, mine);
        if (inFlight != null) {
            return (T) join(inFlight);
        }
        try {
            ProxyBase proxy = proxies.get(key); // made by another caller since the first look
            if (proxy == null) {
                invocations.invoke(ProxyCodec.createProxy(objectName, serviceName)).sync();
                proxy = factory.apply(objectName, context);
                proxies.put(key, proxy);
            }
            mine.complete(proxy);
            return (T) proxy;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            creating.remove(key, mine);
        }
    }

    /** After a reconnect to a new cluster: the proxies this client holds exist there too. */
    public void recreateAll() {
        proxies.values().forEach(p -> invocations.invoke(ProxyCodec.createProxy(p.getName(), p.getServiceName()))
                .exceptionally(e -> {
                    LOG.warn("Could not create {} on the new cluster: {}", p, e.toString());
                    return null;
                }));
    }

    /** The object was destroyed: its next use makes a new proxy. */
    public void remove(String serviceName, String objectName) {
        proxies.remove(key(serviceName, objectName));
    }

    /** The client shuts down: every proxy releases what it holds locally. */
    public void releaseAll() {
        proxies.values().forEach(ProxyBase::release);
    }

    private static String key(String serviceName, String objectName) {
        return serviceName + "/" + objectName;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
