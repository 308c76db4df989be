package io.hzclient.spring.cache;

import io.hzclient.map.HzMap;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the few HzMap calls HzCache makes, for unit tests of the adapter's own logic (single-flight,
 * outage policy, null marker, timeouts). Behaviour against the real map is tested in the *IT classes.
 */
final class FakeMap {
    final ConcurrentMap<String, Object> entries = new ConcurrentHashMap<>();
    final List<Duration[]> putExpiries = new ArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    volatile boolean hang;

    @SuppressWarnings("unchecked")
    HzMap<String, Object> proxy() {
        return (HzMap<String, Object>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HzMap.class},
                (p, method, args) -> {
                    calls.incrementAndGet();
                    if (hang && method.getName().endsWith("Async")) {
                        return new CompletableFuture<>();
                    }
                    return switch (method.getName()) {
                        case "getAsync" -> CompletableFuture.completedFuture(entries.get((String) args[0]));
                        case "setAsync" -> {
                            synchronized (putExpiries) {
                                putExpiries.add(new Duration[] {(Duration) args[2], (Duration) args[3]});
                            }
                            entries.put((String) args[0], args[1]);
                            yield CompletableFuture.completedFuture(null);
                        }
                        case "putIfAbsentAsync" ->
                                CompletableFuture.completedFuture(entries.putIfAbsent((String) args[0], args[1]));
                        case "deleteAsync" -> {
                            entries.remove((String) args[0]);
                            yield CompletableFuture.completedFuture(null);
                        }
                        case "removeAsync" -> CompletableFuture.completedFuture(entries.remove((String) args[0]));
                        case "clearAsync" -> {
                            entries.clear();
                            yield CompletableFuture.completedFuture(null);
                        }
                        case "keySetAsync" -> CompletableFuture.completedFuture(Set.copyOf(entries.keySet()));
                        case "sizeAsync" -> CompletableFuture.completedFuture(entries.size());
                        case "toString" -> "FakeMap";
                        case "hashCode" -> System.identityHashCode(p);
                        case "equals" -> p == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }
}
