package io.hzclient.internal.discovery;

import io.hzclient.config.MemberAddress;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudAddressesTest {
    @Test
    void eachPrivateAddressMapsToItsPublicOne() {
        String json = "[ {\"private-address\":\"10.0.0.1:5701\", \"public-address\":\"35.1.2.3:31000\"},\n"
                + "{\"public-address\":\"host.example.com\",\"private-address\":\"10.0.0.2:5702\",\"x\":17,"
                + "\"y\":null} ]";
        assertThat(CloudAddresses.parse(json)).containsExactly(
                Map.entry(new MemberAddress("10.0.0.1", 5701), new MemberAddress("35.1.2.3", 31000)),
                Map.entry(new MemberAddress("10.0.0.2", 5702), new MemberAddress("host.example.com", 5702)));
        assertThat(CloudAddresses.parse(" [ ] ")).isEmpty();
        assertThat(CloudAddresses.parse("[{\"private-address\":\"[::1]:5701\",\"public-address\":\"[fe80::1]:1\"}]"))
                .containsExactly(Map.entry(new MemberAddress("::1", 5701), new MemberAddress("fe80::1", 1)));
    }

    @Test
    void anythingElseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> CloudAddresses.parse("{\"message\":\"x\"}")).hasMessageContaining("'[' expected");
        assertThatThrownBy(() -> CloudAddresses.parse("[{\"private-address\":\"10.0.0.1:5701\"}]"))
                .hasMessageContaining("without private-address or public-address");
        assertThatThrownBy(() -> CloudAddresses.parse(
                        "[{\"private-address\":\"10.0.0.1\",\"public-address\":\"a:1\"}]"))
                .hasMessageContaining("'10.0.0.1' has no port");
        assertThatThrownBy(() -> CloudAddresses.parse(
                        "[{\"private-address\":\"10.0.0.1:x\",\"public-address\":\"a\"}]"))
                .hasMessageContaining("no valid port");
        assertThatThrownBy(() -> CloudAddresses.parse("[{\"a\":\"b\"")).hasMessageContaining("expected");
        assertThatThrownBy(() -> CloudAddresses.parse("[] x")).hasMessageContaining("text after the array");
        assertThatThrownBy(() -> CloudAddresses.parse("")).hasMessageContaining("'[' expected");
    }
}
