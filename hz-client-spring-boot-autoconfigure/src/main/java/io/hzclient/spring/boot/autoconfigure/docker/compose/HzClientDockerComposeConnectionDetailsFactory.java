package io.hzclient.spring.boot.autoconfigure.docker.compose;

import io.hzclient.spring.boot.autoconfigure.HzClientConnectionDetails;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionDetailsFactory;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionSource;
import org.springframework.boot.ssl.SslBundle;

import java.util.List;

/**
 * Wires the client to a {@code hazelcast/hazelcast} service of the application's Docker Compose file (with
 * {@code spring-boot-docker-compose} on the classpath): the service's host and the port mapped to the member port
 * 5701, and its cluster name ({@code HZ_CLUSTERNAME} in the service's environment, else {@code dev}). The
 * {@code hz.client.cluster-name} and {@code hz.client.cluster-members} properties are then not needed. The details
 * carry no username or password (the image has no setting for them); the SSL bundle is whatever Spring Boot reads
 * from the service's {@code org.springframework.boot.sslbundle.*} labels (none without them).
 */
final class HzClientDockerComposeConnectionDetailsFactory
        extends DockerComposeConnectionDetailsFactory<HzClientConnectionDetails> {
    static final String IMAGE = "hazelcast/hazelcast";
    static final int MEMBER_PORT = 5701;
    static final String CLUSTER_NAME_ENV = "HZ_CLUSTERNAME";
    static final String DEFAULT_CLUSTER_NAME = "dev";

    HzClientDockerComposeConnectionDetailsFactory() {
        super(IMAGE, "io.hzclient.HzClient");
    }

    @Override
    protected HzClientConnectionDetails getDockerComposeConnectionDetails(DockerComposeConnectionSource source) {
        return new HzClientDockerComposeConnectionDetails(source.getRunningService());
    }

    /** The details of one running {@code hazelcast/hazelcast} service, read once when they are made. */
    static final class HzClientDockerComposeConnectionDetails extends DockerComposeConnectionDetails
            implements HzClientConnectionDetails {
        private final String clusterName;
        private final List<String> clusterMembers;
        private final SslBundle sslBundle;

        HzClientDockerComposeConnectionDetails(RunningService service) {
            super(service);
            String name = service.env().get(CLUSTER_NAME_ENV);
            this.clusterName = name == null || name.isBlank() ? DEFAULT_CLUSTER_NAME : name;
            String host = service.host();
            String hostPart = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
            this.clusterMembers = List.of(hostPart + ":" + service.ports().get(MEMBER_PORT));
            this.sslBundle = getSslBundle(service);
        }

        @Override
        public String getClusterName() {
            return clusterName;
        }

        @Override
        public List<String> getClusterMembers() {
            return clusterMembers;
        }

        @Override
        public SslBundle getSslBundle() {
            return sslBundle;
        }
    }
}
