package io.hzclient.engine;

import com.hazelcast.cluster.Address;
import com.hazelcast.instance.EndpointQualifier;
import com.hazelcast.instance.ProtocolType;
import com.hazelcast.internal.cluster.MemberInfo;
import com.hazelcast.version.MemberVersion;
import io.hzclient.HzClient;
import io.hzclient.Member;
import io.hzclient.config.MemberAddress;
import io.hzclient.test.FakeMember;
import org.junit.jupiter.api.Test;

import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.fastConfig;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members behind NAT: two fake members announce a private address on 127.0.0.2, where nothing listens (the
 * members' own network, out of the client's reach), and a public one on 127.0.0.1, where they listen.
 */
class PublicAddressesIT {
    private static final int AUTHENTICATION = 0x000100;

    private static MemberInfo natted(FakeMember m) {
        try {
            Address privateAddress = new Address("127.0.0.2", m.port());
            return new MemberInfo(privateAddress, m.memberUuid(), Map.of(), false, MemberVersion.of("5.7.0"),
                    Map.of(EndpointQualifier.MEMBER, privateAddress,
                            EndpointQualifier.resolve(ProtocolType.CLIENT, "public"), new Address("127.0.0.1",
                                    m.port())));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void outsideTheMembersNetworkTheClientFindsAndDialsTheirPublicAddresses() {
        AtomicReference<FakeMember> first = new AtomicReference<>();
        AtomicReference<FakeMember> second = new AtomicReference<>();
        Function<FakeMember, List<MemberInfo>> both = self -> List.of(natted(first.get()), natted(second.get()));
        try (FakeMember a = FakeMember.builder().members(both).start();
             FakeMember b = FakeMember.builder().clusterName(a.clusterName()).members(both).start()) {
            first.set(a);
            second.set(b);
            try (HzClient client = HzClient.newClient(fastConfig(a.clusterName(), List.of(a.address())).build())) {
                // b listens only at its public address: the client authenticated there (the reachability check
                // before it only opened and closed a socket)
                assertEventually(WAIT, () -> assertThat(b.requestTypes()).contains(AUTHENTICATION));
                assertEventually(WAIT, () -> assertThat(client.getStatistics().connectedMembers()).hasSize(2));

                Member announced = client.getCluster().getMembers().stream()
                        .filter(m -> m.uuid().equals(b.memberUuid())).findFirst().orElseThrow();
                assertThat(announced.address()).isEqualTo(new MemberAddress("127.0.0.2", b.port()));
                assertThat(announced.publicAddress()).contains(new MemberAddress("127.0.0.1", b.port()));
                assertThat(announced.addressMap()).containsEntry("MEMBER", announced.address());
            }
        }
    }
}
