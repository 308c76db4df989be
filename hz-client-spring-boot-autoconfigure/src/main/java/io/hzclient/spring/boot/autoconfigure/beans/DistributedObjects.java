package io.hzclient.spring.boot.autoconfigure.beans;

import io.hzclient.DistributedObject;
import io.hzclient.HzClient;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/** Objects for beans and injection points: the object itself, or, while the client is offline, a stand-in. */
final class DistributedObjects {
    private DistributedObjects() {
    }

    /**
     * The object, when the client is connected. Before its first connection (lazy startup) a proxy that looks the
     * object up on its first call, so the application context starts without the cluster.
     */
    static Object get(HzClient client, DistributedObjectKind kind, String name) {
        if (client.isConnected()) {
            return kind.lookup(client, name);
        }
        return Proxy.newProxyInstance(kind.type.getClassLoader(), new Class<?>[] {kind.type},
                new Lazy(client, kind, name));
    }

    private static final class Lazy implements InvocationHandler {
        private final HzClient client;
        private final DistributedObjectKind kind;
        private final String name;
        private volatile DistributedObject target;

        Lazy(HzClient client, DistributedObjectKind kind, String name) {
            this.client = client;
            this.kind = kind;
            this.name = name;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            boolean noArgs = args == null || args.length == 0;
            switch (method.getName()) {
                case "getName" -> {
                    if (noArgs) {
                        return name;
                    }
                }
                case "toString" -> {
                    if (noArgs && target == null) {
                        return kind.type.getSimpleName() + " '" + name + "' (looked up on first use)";
                    }
                }
                case "equals" -> {
                    if (args != null && args.length == 1) {
                        return proxy == args[0];
                    }
                }
                case "hashCode" -> {
                    if (noArgs) {
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

        private DistributedObject target() {
            DistributedObject t = target;
            if (t == null) {
                t = kind.lookup(client, name);
                target = t;
            }
            return t;
        }
    }
}
