package io.hzclient.spring.boot.autoconfigure.testcontainers;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.testcontainers.containers.GenericContainer;

import static org.assertj.core.api.Assertions.assertThat;

/** The service connection's wiring, checked without Docker: nothing here starts a container. */
class HzClientContainerConnectionDetailsFactoryTest {

    @Test
    void theClusterNameComesFromTheContainersEnvironmentElseDev() {
        assertThat(HzClientContainerConnectionDetailsFactory.clusterName(new FakeContainer())).isEqualTo("dev");
        FakeContainer named = new FakeContainer();
        named.withEnv("HZ_CLUSTERNAME", "orders");
        assertThat(HzClientContainerConnectionDetailsFactory.clusterName(named)).isEqualTo("orders");
    }

    @Test
    void theMemberAddressIsTheDockerHostAndTheMappedPort() {
        assertThat(HzClientContainerConnectionDetailsFactory.memberAddress(new FakeContainer()))
                .isEqualTo("docker-host:32771");
        FakeContainer ipv6 = new FakeContainer();
        ipv6.host = "::1";
        assertThat(HzClientContainerConnectionDetailsFactory.memberAddress(ipv6)).isEqualTo("[::1]:32771");
    }

    @Test
    void theFactoryIsRegisteredWithSpringBoot() {
        assertThat(SpringFactoriesLoader.loadFactoryNames(ConnectionDetailsFactory.class, getClass().getClassLoader()))
                .contains(HzClientContainerConnectionDetailsFactory.class.getName());
        assertThat(new HzClientContainerConnectionDetailsFactory()).isNotNull();
    }

    /** A container that is never started: host and port as Docker would map them. */
    static class FakeContainer extends GenericContainer<FakeContainer> {
        String host = "docker-host";

        FakeContainer() {
            super("hazelcast/hazelcast:5.7.0");
        }

        @Override
        public String getHost() {
            return host;
        }

        @Override
        public Integer getMappedPort(int originalPort) {
            assertThat(originalPort).isEqualTo(5701);
            return 32771;
        }
    }
}
