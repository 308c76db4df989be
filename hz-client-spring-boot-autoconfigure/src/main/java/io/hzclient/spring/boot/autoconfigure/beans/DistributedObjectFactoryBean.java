package io.hzclient.spring.boot.autoconfigure.beans;

import io.hzclient.HzClient;
import org.springframework.beans.factory.FactoryBean;

/**
 * One bean of {@code hz.client.beans.*}: the structure of that kind and name, from the context's client. Generic in
 * the structure's type so that the bean definition can say its type ahead of time (AOT keeps a definition's target
 * type, not its {@code FactoryBean.OBJECT_TYPE_ATTRIBUTE}).
 *
 * @param <T> the structure's type ({@code HzMap}, {@code HzQueue}, ...)
 */
final class DistributedObjectFactoryBean<T> implements FactoryBean<T> {
    private final DistributedObjectKind kind;
    private final String objectName;
    private final HzClient client;

    DistributedObjectFactoryBean(DistributedObjectKind kind, String objectName, HzClient client) {
        this.kind = kind;
        this.objectName = objectName;
        this.client = client;
    }

    @Override
    @SuppressWarnings("unchecked") // the kind's lookup returns a structure of the kind's type
    public T getObject() {
        return (T) DistributedObjects.get(client, kind, objectName);
    }

    @Override
    public Class<?> getObjectType() {
        return kind.type;
    }
}
