package io.hzclient.spring.boot.autoconfigure.testcontainers;

import io.hzclient.HzClient;
import io.hzclient.map.HzMap;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Configuration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's test with a Hazelcast container and no hz.client properties. Skipped where Docker is absent (as on the
 * project's machines); the wiring is unit-tested in {@link HzClientContainerConnectionDetailsFactoryTest}.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = HzClientServiceConnectionIT.Config.class)
class HzClientServiceConnectionIT {

    @Container
    @ServiceConnection
    static final GenericContainer<?> HAZELCAST = new GenericContainer<>("hazelcast/hazelcast:5.7.0")
            .withEnv("HZ_CLUSTERNAME", "containers")
            .withExposedPorts(5701);

    @Autowired
    HzClient client;

    @Test
    void theClientConnectsToTheContainerWithoutProperties() {
        assertThat(client.getConfig().clusterName()).isEqualTo("containers");
        HzMap<String, String> map = client.getMap("service-connection");
        map.put("k", "v");
        assertThat(map.get("k")).isEqualTo("v");
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({HzClientAutoConfiguration.class, HzClientBeansAutoConfiguration.class})
    static class Config {
    }
}
