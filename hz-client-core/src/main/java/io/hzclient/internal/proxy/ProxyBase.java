package io.hzclient.internal.proxy;

import io.hzclient.DistributedObject;

/** What every proxy shares: its name, its service, the client context, and destroy. */
public abstract class ProxyBase implements DistributedObject {
    protected final String name;
    protected final String serviceName;
    protected final ClientContext context;

    protected ProxyBase(String serviceName, String name, ClientContext context) {
        this.serviceName = serviceName;
        this.name = name;
        this.context = context;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getServiceName() {
        return serviceName;
    }

    @Override
    public void destroy() {
        context.destroyProxy(serviceName, name);
    }

    /** The client shuts down: release what this proxy holds locally (threads, listeners); nothing remote. */
    public void release() {
    }

    /** Checks without a message supplier: a capturing lambda would be allocated on every call. */
    protected static <T> T checkNotNull(T value, String what) {
        if (value == null) {
            throw new NullPointerException(what + " must not be null");
        }
        return value;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{name=" + name + '}';
    }
}
