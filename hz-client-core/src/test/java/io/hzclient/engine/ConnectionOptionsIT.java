package io.hzclient.engine;

import io.hzclient.HzClient;
import io.hzclient.Member;
import io.hzclient.MembershipEvent;
import io.hzclient.MembershipListener;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.SocketOptions;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.connection.TestConnections;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.fastConfig;
import static io.hzclient.engine.Engine.liveConnections;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Python client's connection options on real members: socket options, member list order, config listeners. */
class ConnectionOptionsIT {
    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(2);

    @Test
    void socketOptionsAreAppliedToEveryConnection() {
        SocketOptions options = new SocketOptions(false, false, 2, 96 * 1024, 48 * 1024);
        try (HzClient client = HzClient.newClient(fastConfig(CLUSTER.cluster()).socketOptions(options).build())) {
            assertEventually(WAIT, () -> assertThat(liveConnections(client)).hasSize(2));
            for (Connection c : liveConnections(client)) {
                ChannelConfig channel = TestConnections.channelOf(c).config();
                assertThat(channel.getOption(ChannelOption.TCP_NODELAY)).isFalse();
                assertThat(channel.getOption(ChannelOption.SO_KEEPALIVE)).isFalse();
                assertThat(channel.getOption(ChannelOption.SO_LINGER)).isEqualTo(2);
                // the kernel may round a buffer size up (Linux doubles it), never down
                assertThat(channel.getOption(ChannelOption.SO_RCVBUF)).isGreaterThanOrEqualTo(96 * 1024);
                assertThat(channel.getOption(ChannelOption.SO_SNDBUF)).isGreaterThanOrEqualTo(48 * 1024);
            }
        }
        try (HzClient client = HzClient.newClient(fastConfig(CLUSTER.cluster()).build())) {
            ChannelConfig channel = TestConnections.channelOf(liveConnections(client).get(0)).config();
            assertThat(channel.getOption(ChannelOption.TCP_NODELAY)).as("on by default").isTrue();
            assertThat(channel.getOption(ChannelOption.SO_KEEPALIVE)).as("on by default").isTrue();
            assertThat(channel.getOption(ChannelOption.SO_LINGER)).as("off by default").isEqualTo(-1);
        }
    }

    @Test
    void badSocketOptionsAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> new SocketOptions(true, true, -2, 0, 0)).hasMessageContaining("socket.linger-seconds");
        assertThatThrownBy(() -> new SocketOptions(true, true, -1, -1, 0))
                .hasMessageContaining("socket.receive-buffer-size");
        assertThatThrownBy(() -> new SocketOptions(true, true, -1, 0, -5))
                .hasMessageContaining("socket.send-buffer-size");
    }

    @Test
    void shuffledClientsSpreadTheirFirstConnectionOverTheMembersAndUnshuffledOnesTakeTheFirstAddress() {
        TestCluster cluster = CLUSTER.cluster();
        List<String> addresses = cluster.addresses();
        Set<String> firstTried = new HashSet<>();
        // the unisocket client's one connection is to the address it tried first; 20 clients pick the same
        // address with probability 2^-19
        for (int i = 0; i < 20 && firstTried.size() < 2; i++) {
            try (HzClient client = HzClient.newClient(unisocket(addresses).build())) {
                firstTried.add(liveConnections(client).get(0).address().toString());
            }
        }
        assertThat(firstTried).containsExactlyInAnyOrderElementsOf(addresses);

        for (int i = 0; i < 3; i++) {
            try (HzClient client = HzClient.newClient(unisocket(addresses).shuffleMemberList(false).build())) {
                assertThat(liveConnections(client).get(0).address().toString()).isEqualTo(addresses.get(0));
            }
        }
    }

    private static ClientConfig.Builder unisocket(List<String> addresses) {
        return ClientConfig.builder().clusterName(CLUSTER.cluster().clusterName()).addresses(addresses)
                .smartRouting(false);
    }

    @Test
    void membershipListenersInTheConfigHearOfEveryMemberFromTheFirstList() {
        List<MembershipEvent> events = new CopyOnWriteArrayList<>();
        MembershipListener listener = new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                events.add(event);
            }
        };
        try (HzClient client = HzClient.newClient(fastConfig(CLUSTER.cluster()).addMembershipListener(listener)
                .build())) {
            Set<Member> members = client.getCluster().getMembers();
            assertEventually(WAIT, () -> assertThat(new ArrayList<>(events.stream().map(MembershipEvent::member)
                    .toList())).containsExactlyInAnyOrderElementsOf(members));
        }
        assertThatThrownBy(() -> ClientConfig.builder().addMembershipListener(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("membership listener");
    }

    @Test
    void aClientConfiguredFromAPropertiesFileWorksTheCluster() throws Exception {
        TestCluster cluster = CLUSTER.cluster();
        Properties file = new Properties();
        file.load(new StringReader("hz.client.cluster-name=" + cluster.clusterName() + "\n"
                + "hz.client.cluster-members=" + String.join(",", cluster.addresses()) + "\n"
                + "hz.client.client-name=from-a-file\n"
                + "hz.client.socket.linger=1s\n"));
        try (HzClient client = HzClient.newClient(ClientConfig.builder(file).build())) {
            client.getMap("plain").put("k", "v");
            assertThat(cluster.member(0).getMap("plain").get("k")).isEqualTo("v");
            assertThat(cluster.member(0).getClientService().getConnectedClients())
                    .anySatisfy(c -> assertThat(c.getName()).isEqualTo("from-a-file"));
            assertThat(TestConnections.channelOf(liveConnections(client).get(0)).config()
                    .getOption(ChannelOption.SO_LINGER)).isEqualTo(1);
        }
    }
}
