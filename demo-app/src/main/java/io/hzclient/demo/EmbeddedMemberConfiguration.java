package io.hzclient.demo;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.hzclient.spring.boot.autoconfigure.HzClientConnectionDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;

/**
 * A real Hazelcast member in this JVM, so the demo needs nothing else; off with
 * {@code demo.embedded-member.enabled=false}.
 * <p>
 * The member listens on 127.0.0.1 only, on a port free at startup, in a cluster whose name is new on every run and
 * with TCP-IP join to itself only (no multicast, no auto-detection), so it never joins another member of the machine
 * nor lets one join it. The client is pointed at it through a {@link HzClientConnectionDetails} bean, which replaces
 * {@code hz.client.cluster-name} and {@code hz.client.cluster-members}: the client bean needs that bean, and that bean
 * needs the member, so the member is up before the client connects and goes down after the client has shut down.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "demo.embedded-member.enabled", matchIfMissing = true)
class EmbeddedMemberConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMemberConfiguration.class);
    private static final String HOST = "127.0.0.1";

    @Bean(destroyMethod = "shutdown")
    HazelcastInstance embeddedMember() {
        String clusterName = "hz-demo-" + UUID.randomUUID().toString().substring(0, 8);
        HazelcastInstance member = Hazelcast.newHazelcastInstance(memberConfig(clusterName, freePort()));
        LOG.info("Embedded Hazelcast member of cluster '{}' listening on {}", clusterName, address(member));
        return member;
    }

    @Bean
    HzClientConnectionDetails embeddedMemberConnectionDetails(HazelcastInstance embeddedMember) {
        String clusterName = embeddedMember.getConfig().getClusterName();
        List<String> members = List.of(address(embeddedMember));
        return new HzClientConnectionDetails() {
            @Override
            public String getClusterName() {
                return clusterName;
            }

            @Override
            public List<String> getClusterMembers() {
                return members;
            }
        };
    }

    private static Config memberConfig(String clusterName, int port) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setInstanceName(clusterName);
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.max.wait.seconds.before.join", "0");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface(HOST);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember(HOST + ":" + port);
        config.getJetConfig().setEnabled(true); // SQL runs on Jet (GET /customers?name=...)
        return config;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST + " for the embedded member", e);
        }
    }

    private static String address(HazelcastInstance member) {
        return HOST + ":" + member.getCluster().getLocalMember().getAddress().getPort();
    }
}
