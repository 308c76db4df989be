package io.hzclient.spring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.ssl.SslBundle;

import java.util.List;

/**
 * Where the cluster is: from {@code hz.client.cluster-name} and {@code hz.client.cluster-members} by default, or from a
 * service connection (a Testcontainers container annotated with {@code @ServiceConnection}).
 */
public interface HzClientConnectionDetails extends ConnectionDetails {

    /**
     * The name of the cluster to join.
     *
     * @return the cluster name
     */
    String getClusterName();

    /**
     * Member addresses; empty means the client's default (127.0.0.1, ports 5701 to 5703).
     *
     * @return the addresses, as {@code hz.client.cluster-members} takes them
     */
    List<String> getClusterMembers();

    /**
     * The SSL bundle whose trust material, key, protocols and ciphers the connections use; null for none (then
     * {@code hz.client.ssl.enabled} alone decides whether they use TLS, with the JVM's default trust).
     *
     * @return the bundle, or null
     */
    default SslBundle getSslBundle() {
        return null;
    }
}
