package io.hzclient.spring.boot.autoconfigure.testcontainers;

import io.hzclient.spring.boot.autoconfigure.HzClientConnectionDetails;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.testcontainers.containers.Container;

import java.util.List;

/**
 * Wires the client to a {@code hazelcast/hazelcast} container annotated with {@code @ServiceConnection}: the
 * container's host and mapped member port, and its cluster name ({@code HZ_CLUSTERNAME}, else {@code dev}). The
 * {@code hz.client.cluster-name} and {@code hz.client.cluster-members} properties are then not needed.
 */
final class HzClientContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<Container<?>, HzClientConnectionDetails> {
    static final int MEMBER_PORT = 5701;
    static final String CLUSTER_NAME_ENV = "HZ_CLUSTERNAME";
    static final String DEFAULT_CLUSTER_NAME = "dev";

    HzClientContainerConnectionDetailsFactory() {
        super("hazelcast/hazelcast");
    }

    @Override
    protected HzClientConnectionDetails getContainerConnectionDetails(ContainerConnectionSource<Container<?>> source) {
        return new ContainerDetails(source);
    }

    /** The cluster name the container's member runs with. */
    static String clusterName(Container<?> container) {
        String name = container.getEnvMap().get(CLUSTER_NAME_ENV);
        return name == null || name.isBlank() ? DEFAULT_CLUSTER_NAME : name;
    }

    /** The member address as seen from the test: the Docker host and the port mapped to 5701. */
    static String memberAddress(Container<?> container) {
        String host = container.getHost();
        String hostPart = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return hostPart + ":" + container.getMappedPort(MEMBER_PORT);
    }

    private static final class ContainerDetails extends ContainerConnectionDetails<Container<?>>
            implements HzClientConnectionDetails {

        ContainerDetails(ContainerConnectionSource<Container<?>> source) {
            super(source);
        }

        @Override
        public String getClusterName() {
            return clusterName(getContainer());
        }

        @Override
        public List<String> getClusterMembers() {
            return List.of(memberAddress(getContainer()));
        }

        /** The bundle of the container's {@code @Ssl...} annotations, if any (Spring Boot reads them). */
        @Override
        public SslBundle getSslBundle() {
            return super.getSslBundle();
        }
    }
}
