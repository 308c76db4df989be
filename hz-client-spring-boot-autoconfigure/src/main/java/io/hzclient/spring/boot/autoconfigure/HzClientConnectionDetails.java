package io.hzclient.spring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.ssl.SslBundle;

import java.util.List;

/**
 * Where the cluster is, and the username and password to show it: from {@code hz.client.cluster-name},
 * {@code hz.client.cluster-members} and {@code hz.client.security.*} by default, or from a service connection (a Testcontainers container annotated with {@code @ServiceConnection}).
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

    // ---- credentials (issue 22)

    /**
     * The username the client authenticates with, or null for none (members without security refuse any).
     *
     * @return the username, or null
     */
    default String getUsername() {
        return null;
    }

    /**
     * The password of {@link #getUsername()}.
     *
     * @return the password, or null
     */
    default String getPassword() {
        return null;
    }

    /**
     * A token the client authenticates with instead of a username and password (its UTF-8 bytes are sent), or null
     * for none; not with {@link #getUsername()}.
     *
     * @return the token, or null
     */
    default String getToken() {
        return null;
    }

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
