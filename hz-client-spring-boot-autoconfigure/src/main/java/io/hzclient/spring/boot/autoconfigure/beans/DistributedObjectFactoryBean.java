package io.hzclient.spring.boot.autoconfigure.beans;

import io.hzclient.HzClient;
import org.springframework.beans.factory.FactoryBean;

/** One bean of {@code hz.client.beans.*}: the structure of that kind and name, from the context's client. */
final class DistributedObjectFactoryBean implements FactoryBean<Object> {
    private final DistributedObjectKind kind;
    private final String objectName;
    private final HzClient client;

    DistributedObjectFactoryBean(DistributedObjectKind kind, String objectName, HzClient client) {
        this.kind = kind;
        this.objectName = objectName;
        this.client = client;
    }

    @Override
    public Object getObject() {
        return DistributedObjects.get(client, kind, objectName);
    }

    @Override
    public Class<?> getObjectType() {
        return kind.type;
    }
}
