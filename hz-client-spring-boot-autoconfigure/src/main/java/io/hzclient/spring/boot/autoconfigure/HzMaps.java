package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.HzClient;
import io.hzclient.map.HzMap;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/** Maps for beans and injection points: the map itself, or, while the client is offline, a stand-in. */
final class HzMaps {
    private HzMaps() {
    }

    /**
     * The map, when the client is connected. Before its first connection (lazy startup) a proxy that looks the map up
     * on its first call, so the application context starts without the cluster.
     */
    @SuppressWarnings("unchecked")
    static <K, V> HzMap<K, V> map(HzClient client, String name) {
        if (client.isConnected()) {
            return client.getMap(name);
        }
        return (HzMap<K, V>) Proxy.newProxyInstance(HzMap.class.getClassLoader(), new Class<?>[] {HzMap.class},
                new LazyMap(client, name));
    }

    private static final class LazyMap implements InvocationHandler {
        private final HzClient client;
        private final String name;
        private volatile HzMap<Object, Object> target;

        LazyMap(HzClient client, String name) {
            this.client = client;
            this.name = name;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "getName" -> {
                    if (args == null) {
                        return name;
                    }
                }
                case "toString" -> {
                    if (args == null && target == null) {
                        return "HzMap '" + name + "' (looked up on first use)";
                    }
                }
                case "equals" -> {
                    if (args != null && args.length == 1) {
                        return proxy == args[0];
                    }
                }
                case "hashCode" -> {
                    if (args == null) {
                        return System.identityHashCode(proxy);
                    }
                }
                default -> {
                }
            }
            try {
                return method.invoke(target(), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private HzMap<Object, Object> target() {
            HzMap<Object, Object> t = target;
            if (t == null) {
                t = client.getMap(name);
                target = t;
            }
            return t;
        }
    }
}
