package io.hzclient.internal.codec;

import com.hazelcast.client.impl.protocol.codec.ClientAuthenticationCodec;
import com.hazelcast.client.impl.protocol.codec.ClientAuthenticationCustomCodec;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.hzclient.test.OfficialWire.wire;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our authentication requests, with a username and password and with a token, are byte-equal to the official
 * client's for the same fields (serialization version 1, routing mode 1 smart / 0 unisocket, no CP direct routing).
 */
class AuthenticationCodecTest {
    private static final UUID CLIENT = UUID.fromString("0b7e4f52-1c2d-4e3f-9a8b-7c6d5e4f3a2b");
    private static final List<String> LABELS = List.of("shop", "eu-west");

    @Test
    void usernameAndPasswordAreSentAsTheOfficialClientSendsThem() {
        assertThat(wire(ClientCodec.authentication("prod", "alice", "s3cr3t-pässword", CLIENT, "JVM", "client-1",
                LABELS, true)))
                .isEqualTo(wire(ClientAuthenticationCodec.encodeRequest("prod", "alice", "s3cr3t-pässword", CLIENT,
                        "JVM", (byte) 1, ClientCodec.PROTOCOL_HAZELCAST_VERSION, "client-1", LABELS, (byte) 1,
                        false)));
        // no credentials: both null, as the official client sends them without a security config
        assertThat(wire(ClientCodec.authentication("dev", null, null, CLIENT, "JVM", "client-2", List.of(), false)))
                .isEqualTo(wire(ClientAuthenticationCodec.encodeRequest("dev", null, null, CLIENT, "JVM", (byte) 1,
                        ClientCodec.PROTOCOL_HAZELCAST_VERSION, "client-2", List.of(), (byte) 0, false)));
    }

    @Test
    void aTokenIsSentInTheCustomAuthenticationAsTheOfficialClientSendsIt() {
        byte[] token = "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl".getBytes(StandardCharsets.US_ASCII);
        assertThat(wire(ClientCodec.authenticationCustom("prod", token, CLIENT, "JVM", "client-1", LABELS, true)))
                .isEqualTo(wire(ClientAuthenticationCustomCodec.encodeRequest("prod", token, CLIENT, "JVM", (byte) 1,
                        ClientCodec.PROTOCOL_HAZELCAST_VERSION, "client-1", LABELS, (byte) 1, false)));
        byte[] binary = {0, -1, 127, -128, 1};
        assertThat(wire(ClientCodec.authenticationCustom("dev", binary, CLIENT, "JVM", "c", List.of(), false)))
                .isEqualTo(wire(ClientAuthenticationCustomCodec.encodeRequest("dev", binary, CLIENT, "JVM", (byte) 1,
                        ClientCodec.PROTOCOL_HAZELCAST_VERSION, "c", List.of(), (byte) 0, false)));
    }
}
