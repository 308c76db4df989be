package io.hzclient.internal.discovery;

import io.hzclient.Member;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.MemberAddress;
import io.hzclient.config.SslConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The choice between the members' private and public addresses, with the reachability checks faked. */
class PublicAddressesTest {
    private static final MemberAddress PRIVATE_A = new MemberAddress("10.0.0.1", 5701);
    private static final MemberAddress PUBLIC_A = new MemberAddress("203.0.113.1", 5701);
    private static final MemberAddress PRIVATE_B = new MemberAddress("10.0.0.2", 5701);
    private static final MemberAddress PUBLIC_B = new MemberAddress("203.0.113.2", 5701);
    private static final Member A = member(PRIVATE_A, PUBLIC_A);
    private static final Member B = member(PRIVATE_B, PUBLIC_B);

    private final Set<MemberAddress> reachable = new HashSet<>();
    private final List<MemberAddress> checked = new ArrayList<>();

    private static Member member(MemberAddress privateAddress, MemberAddress publicAddress) {
        Map<String, MemberAddress> addresses = publicAddress == null ? Map.of("MEMBER", privateAddress)
                : Map.of("MEMBER", privateAddress, Member.CLIENT_PUBLIC, publicAddress);
        return new Member(UUID.randomUUID(), privateAddress, false, Map.of(), "5.7.0", addresses);
    }

    private PublicAddresses translator(ClientConfig.Builder config, List<Member> members) {
        return new PublicAddresses(config.build(), () -> members, (address, timeout) -> {
            checked.add(address);
            assertThat(timeout).isEqualTo(address.host().startsWith("10.") ? Duration.ofSeconds(1)
                    : Duration.ofSeconds(3));
            return reachable.contains(address);
        });
    }

    private static ClientConfig.Builder outside() {
        return ClientConfig.builder().addresses(List.of("203.0.113.1:5701"));
    }

    @Test
    void outsideTheMembersNetworkThePublicAddressesAreDialledAndTheChecksRunOnce() {
        reachable.addAll(List.of(PUBLIC_A, PUBLIC_B));
        PublicAddresses t = translator(outside(), List.of(A, B));

        assertThat(t.translate(PRIVATE_A)).isEqualTo(PUBLIC_A);
        assertThat(t.translate(PRIVATE_B)).isEqualTo(PUBLIC_B);
        assertThat(checked).containsExactlyInAnyOrder(PRIVATE_A, PUBLIC_A, PRIVATE_B, PUBLIC_B);
        assertThat(t.translate(new MemberAddress("203.0.113.1", 5701))).as("a configured address, as it is")
                .isEqualTo(PUBLIC_A);
        assertThat(t.startRound(List.of(PUBLIC_A))).containsExactly(PUBLIC_A);
    }

    @Test
    void privateAddressesInReachAreKept() {
        reachable.addAll(List.of(PRIVATE_A, PRIVATE_B, PUBLIC_A, PUBLIC_B));
        assertThat(translator(outside(), List.of(A, B)).translate(PRIVATE_B)).isEqualTo(PRIVATE_B);
    }

    @Test
    void publicAddressesOutOfReachAreNotTaken() {
        assertThat(translator(outside(), List.of(A, B)).translate(PRIVATE_B)).isEqualTo(PRIVATE_B);
    }

    @Test
    void aMemberWithoutAPublicAddressKeepsThePrivateOnes() {
        reachable.addAll(List.of(PUBLIC_A, PUBLIC_B));
        Member noPublic = member(new MemberAddress("10.0.0.3", 5701), null);
        PublicAddresses t = translator(outside(), List.of(noPublic));
        assertThat(t.decide(List.of(noPublic))).isFalse();
        assertThat(t.translate(noPublic.address())).isEqualTo(noPublic.address());
    }

    @Test
    void aConfiguredPrivateAddressOrTlsKeepsThePrivateAddressesWithoutAnyCheck() {
        reachable.addAll(List.of(PUBLIC_A, PUBLIC_B));
        ClientConfig.Builder inside = ClientConfig.builder().addresses(List.of("10.0.0.1:5701"));
        assertThat(translator(inside, List.of(A, B)).translate(PRIVATE_B)).isEqualTo(PRIVATE_B);
        assertThat(translator(outside().ssl(SslConfig.builder().build()), List.of(A, B)).translate(PRIVATE_B))
                .isEqualTo(PRIVATE_B);
        assertThat(checked).isEmpty();
    }

    @Test
    void useSettlesItWithoutAnyCheck() {
        assertThat(translator(outside().usePublicIp(true), List.of(A, B)).translate(PRIVATE_B)).isEqualTo(PUBLIC_B);
        reachable.addAll(List.of(PUBLIC_A, PUBLIC_B));
        assertThat(AddressTranslator.forConfig(outside().usePublicIp(false).build(), () -> List.of(A, B)))
                .isSameAs(AddressTranslator.IDENTITY);
        assertThat(checked).isEmpty();
    }

    @Test
    void atMostThreeMembersAreChecked() {
        List<Member> five = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Member m = member(new MemberAddress("10.0.1." + i, 5701), new MemberAddress("203.0.114." + i, 5701));
            five.add(m);
            reachable.add(m.publicAddress().orElseThrow());
        }
        assertThat(translator(outside(), five).decide(five)).isTrue();
        assertThat(checked).hasSize(6);
    }
}
