package io.hzclient.spring.boot.autoconfigure.docker.compose;

import io.hzclient.spring.boot.autoconfigure.HzClientConnectionDetails;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Docker Compose service connection, checked without a Docker engine: the services are described as
 * {@code docker compose} would, and go through Spring Boot's own lookup of the registered factories.
 */
class HzClientDockerComposeConnectionDetailsFactoryTest {

    private static Map<Class<?>, ConnectionDetails> detailsFor(FakeRunningService service) {
        return new ConnectionDetailsFactories(HzClientDockerComposeConnectionDetailsFactoryTest.class.getClassLoader())
                .getConnectionDetails(service.source(), false);
    }

    @Test
    void aHazelcastServiceGivesItsClusterNameAndTheHostPortMappedTo5701() {
        FakeRunningService service = new FakeRunningService("hazelcast/hazelcast:5.7.0", "docker-host",
                Map.of(5701, 32771, 8080, 32772), Map.of("HZ_CLUSTERNAME", "orders", "JAVA_OPTS", "-Xmx1g"));
        HzClientConnectionDetails details = (HzClientConnectionDetails) detailsFor(service)
                .get(HzClientConnectionDetails.class);
        assertThat(details).isInstanceOf(HzClientDockerComposeConnectionDetailsFactory
                .HzClientDockerComposeConnectionDetails.class);
        assertThat(details.getClusterName()).isEqualTo("orders");
        assertThat(details.getClusterMembers()).containsExactly("docker-host:32771");
        assertThat(details.getUsername()).isNull();
        assertThat(details.getPassword()).isNull();
        assertThat(details.getSslBundle()).isNull();
    }

    @Test
    void withoutHzClusterNameTheClusterIsDev() {
        FakeRunningService service = new FakeRunningService("hazelcast/hazelcast", "127.0.0.1", Map.of(5701, 5701),
                Map.of());
        HzClientConnectionDetails details = (HzClientConnectionDetails) detailsFor(service)
                .get(HzClientConnectionDetails.class);
        assertThat(details.getClusterName()).isEqualTo("dev");
        assertThat(details.getClusterMembers()).containsExactly("127.0.0.1:5701");

        FakeRunningService blank = new FakeRunningService("hazelcast/hazelcast", "127.0.0.1", Map.of(5701, 5701),
                Map.of("HZ_CLUSTERNAME", " "));
        assertThat(((HzClientConnectionDetails) detailsFor(blank).get(HzClientConnectionDetails.class))
                .getClusterName()).isEqualTo("dev");
    }

    @Test
    void anIpv6DockerHostIsBracketed() {
        FakeRunningService service = new FakeRunningService("docker.io/hazelcast/hazelcast:latest", "::1",
                Map.of(5701, 40000), Map.of());
        assertThat(((HzClientConnectionDetails) detailsFor(service).get(HzClientConnectionDetails.class))
                .getClusterMembers()).containsExactly("[::1]:40000");
    }

    @Test
    void otherImagesGetNoHazelcastDetails() {
        FakeRunningService redis = new FakeRunningService("redis:7", "127.0.0.1", Map.of(6379, 6379), Map.of());
        assertThat(detailsFor(redis)).doesNotContainKey(HzClientConnectionDetails.class);
        FakeRunningService enterprise = new FakeRunningService("hazelcast/management-center:5.7.0", "127.0.0.1",
                Map.of(8080, 8080), Map.of());
        assertThat(detailsFor(enterprise)).doesNotContainKey(HzClientConnectionDetails.class);
    }
}
