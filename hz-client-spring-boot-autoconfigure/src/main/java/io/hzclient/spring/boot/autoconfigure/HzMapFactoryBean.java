package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.HzClient;
import io.hzclient.map.HzMap;
import org.springframework.beans.factory.FactoryBean;

/** One bean of {@code hz.client.beans.maps}: the map of that name, from the context's client. */
class HzMapFactoryBean implements FactoryBean<HzMap<Object, Object>> {
    private final String mapName;
    private final HzClient client;

    HzMapFactoryBean(String mapName, HzClient client) {
        this.mapName = mapName;
        this.client = client;
    }

    @Override
    public HzMap<Object, Object> getObject() {
        return HzMaps.map(client, mapName);
    }

    @Override
    public Class<?> getObjectType() {
        return HzMap.class;
    }
}
