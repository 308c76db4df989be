package io.hzclient.test;

import com.hazelcast.client.impl.protocol.codec.MapGetCodec;
import com.hazelcast.internal.serialization.Data;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import io.hzclient.HzClient;
import io.hzclient.HzClientException;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.HzMap;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Our client against the fake member: the handshake works, then the fault happens. */
class FakeMemberIT {
    private static final int MAP_GET = 0x010200;

    @Test
    void clientConnectsAndAnUnansweredRequestTimesOut() {
        try (FakeMember member = FakeMember.builder().start();
             HzClient client = HzClient.newClient(config(member).invocationTimeout(Duration.ofSeconds(2)).build())) {
            assertThat(member.requestTypes()).contains(0x000100, 0x000300);

            HzMap<String, String> map = client.getMap(TestCluster.uniqueName("map"));
            assertThatThrownBy(() -> map.get("k")).isInstanceOf(HzClientException.class);
            assertThat(member.requestTypes()).contains(MAP_GET);
        }
    }

    @Test
    void garbageAfterTheHandshakeClosesTheConnectionAndTheClientComesBack() {
        try (FakeMember member = FakeMember.builder().onRequest(FakeMember.garbage()).start();
             HzClient client = HzClient.newClient(config(member).invocationTimeout(Duration.ofSeconds(2)).build())) {
            HzMap<String, String> map = client.getMap(TestCluster.uniqueName("map"));
            assertThatThrownBy(() -> map.get("k")).isInstanceOf(HzClientException.class);
            assertEventually(Duration.ofSeconds(20), () -> assertThat(member.acceptedConnections()).isGreaterThan(1));
        }
    }

    @Test
    void fragmentedResponseIsReassembledByTheClient() {
        String value = "v".repeat(5000);
        Data data = new DefaultSerializationServiceBuilder().build().toData(value);
        FakeMember.RequestHandler fragmentedGet = (request, replies) -> {
            if (request.messageType() == MAP_GET) {
                replies.replyInFragments(request, MapGetCodec.encodeResponse(data), 256);
            }
        };
        try (FakeMember member = FakeMember.builder().onRequest(fragmentedGet).start();
             HzClient client = HzClient.newClient(config(member).build())) {
            HzMap<String, String> map = client.getMap(TestCluster.uniqueName("map"));
            assertThat(map.get("k")).isEqualTo(value);
        }
    }

    @Test
    void unansweredPingsLetTheClientsHeartbeatTimeOut() {
        try (FakeMember member = FakeMember.builder().answerPings(false).start();
             HzClient client = HzClient.newClient(config(member)
                     .heartbeatInterval(Duration.ofMillis(300))
                     .heartbeatTimeout(Duration.ofSeconds(2))
                     .build())) {
            assertEventually(Duration.ofSeconds(20), () -> assertThat(member.acceptedConnections()).isGreaterThan(1));
            assertThat(member.requestTypes()).contains(0x000B00);
        }
    }

    @Test
    void wrongClusterNameIsRefused() {
        try (FakeMember member = FakeMember.builder().start()) {
            ClientConfig config = ClientConfig.builder().clusterName("not-" + member.clusterName())
                    .addresses(member.address()).clusterConnectTimeout(Duration.ofSeconds(2)).build();
            assertThatThrownBy(() -> HzClient.newClient(config).shutdown()).isInstanceOf(HzClientException.class);
            assertThat(member.requestTypes()).containsOnly(0x000100);
        }
    }

    private static ClientConfig.Builder config(FakeMember member) {
        return ClientConfig.builder().clusterName(member.clusterName()).addresses(member.address());
    }
}
