package io.hzclient.config;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberAddressTest {

    @Test
    void aHostAloneStandsForTheThreeDefaultPorts() {
        assertThat(MemberAddress.parse("10.0.0.1")).containsExactly(
                new MemberAddress("10.0.0.1", 5701), new MemberAddress("10.0.0.1", 5702),
                new MemberAddress("10.0.0.1", 5703));
    }

    @Test
    void hostAndPort() {
        assertThat(MemberAddress.parse("member-1.example.com:5710"))
                .containsExactly(new MemberAddress("member-1.example.com", 5710));
        assertThat(MemberAddress.parse("  127.0.0.1:1  ")).containsExactly(new MemberAddress("127.0.0.1", 1));
    }

    @Test
    void bracketedIpv6WithAndWithoutPort() {
        assertThat(MemberAddress.parse("[::1]:5701")).containsExactly(new MemberAddress("::1", 5701));
        assertThat(MemberAddress.parse("[fe80::1]")).hasSize(3).allMatch(a -> a.host().equals("fe80::1"));
        assertThat(MemberAddress.parse("::1")).as("bare IPv6, default ports").hasSize(3);
        assertThat(new MemberAddress("::1", 5701)).hasToString("[::1]:5701");
    }

    @Test
    void portRanges() {
        List<MemberAddress> range = MemberAddress.parse("host:6000-6003");
        assertThat(range).extracting(MemberAddress::port).containsExactly(6000, 6001, 6002, 6003);
        assertThat(MemberAddress.parse("[::1]:7000-7001")).extracting(MemberAddress::port).containsExactly(7000, 7001);
        assertThat(MemberAddress.parse("host:5701-5701")).hasSize(1);
    }

    @Test
    void malformedAddressesFailWithAMessageQuotingTheText() {
        assertMalformed("host:abc", "the port is not a number");
        assertMalformed("host:", "the port is not a number");
        assertMalformed(":5701", "the host is empty");
        assertMalformed("my host:5701", "the host is empty or holds spaces");
        assertMalformed("host:0", "1..65535");
        assertMalformed("host:70000", "1..65535");
        assertMalformed("host:5703-5701", "a range must go upwards");
        assertMalformed("[::1:5701", "is not closed");
        assertMalformed("[::1]5701", "expected ':port' after ']'");
    }

    @Test
    void emptyOrNullFails() {
        assertThatThrownBy(() -> MemberAddress.parse("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> MemberAddress.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConfigRejectsAMalformedAddressWhenItIsSet() {
        assertThatThrownBy(() -> ClientConfig.builder().addresses("127.0.0.1:5701", "127.0.0.1:notaport"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'127.0.0.1:notaport'");
    }

    private static void assertMalformed(String text, String why) {
        assertThatThrownBy(() -> MemberAddress.parse(text)).as(text)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining(why);
    }
}
