package io.hzclient.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.hzclient.AuthenticationException;
import io.hzclient.HzClient;
import io.hzclient.HzClientException;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.Credentials;
import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.serialization.DefaultSerializationService;
import io.hzclient.map.HzMap;
import io.hzclient.test.FakeMember;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static io.hzclient.engine.Engine.fastConfig;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Credentials reach the member as the official clients send them, a member that refuses them makes the client fail
 * with an {@link AuthenticationException} that says so, and no secret is in the exception or in any log line (the
 * client's loggers at TRACE). Open-source members have no security and refuse any credentials (a real member shows
 * it), so the member that checks them, accepting the right ones, is a {@link FakeMember} playing a member's
 * security.
 */
class CredentialsIT {
    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(1);

    private static final String PASSWORD = "pa55-Secret-7f3a";
    private static final String TOKEN = "tok-Secret-91c2";

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger clientLog = (Logger) LoggerFactory.getLogger("io.hzclient");
    private Level levelBefore;

    @BeforeEach
    void captureTheClientsLogAtTrace() {
        levelBefore = clientLog.getLevel();
        clientLog.setLevel(Level.TRACE);
        log.start();
        clientLog.addAppender(log);
    }

    @AfterEach
    void stopCapturing() {
        clientLog.detachAppender(log);
        clientLog.setLevel(levelBefore);
    }

    @Test
    void aRefusedPasswordFailsWithAnAuthenticationExceptionThatSaysSoWithoutThePassword() {
        try (FakeMember member = FakeMember.builder().credentialsCheck(r -> "alice".equals(text(r, 2))
                && "right-password".equals(text(r, 3))).start()) {
            ClientConfig config = fastConfig(member.clusterName(), List.of(member.address()))
                    .clusterConnectTimeout(Duration.ofSeconds(30)).credentials("alice", PASSWORD).build();
            long start = System.nanoTime();
            assertThatThrownBy(() -> HzClient.newClient(config))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("the credentials (username 'alice') were refused")
                    .hasMessageContaining(member.address())
                    .hasMessageNotContaining(PASSWORD);
            assertThat(Engine.millisSince(start)).as("a refusal does not wait out the connect timeout")
                    .isLessThan(10_000);
            ClientMessage sent = member.requests().get(0);
            assertThat(sent.messageType()).isEqualTo(0x000100);
            assertThat(text(sent, 3)).as("the password went to the member").isEqualTo(PASSWORD);
            assertNoLogLineContains(PASSWORD);
        }
    }

    @Test
    void anAcceptedPasswordConnects() {
        try (FakeMember member = FakeMember.builder().credentialsCheck(r -> "alice".equals(text(r, 2))
                && PASSWORD.equals(text(r, 3))).start();
             HzClient client = HzClient.newClient(fastConfig(member.clusterName(), List.of(member.address()))
                     .credentials("alice", PASSWORD).build())) {
            assertThat(client.isConnected()).isTrue();
            assertNoLogLineContains(PASSWORD);
        }
    }

    /** The Client.Statistics request's message type. */
    private static final int CLIENT_STATISTICS = 0x000C00;

    @Test
    void theStatisticsNameTheUsernameOrATokensPlaceholderAndNeverTheSecret() {
        byte[] token = TOKEN.getBytes(StandardCharsets.UTF_8);
        try (FakeMember member = FakeMember.builder().credentialsCheck(r -> true).start()) {
            ClientConfig.Builder base = fastConfig(member.clusterName(), List.of(member.address()))
                    .statisticsEnabled(true).statisticsPeriod(Duration.ofMillis(100));
            assertThat(firstStatisticsSent(member, base.credentials("alice", PASSWORD).build()))
                    .contains("credentials.principal=alice").doesNotContain(PASSWORD);
            assertThat(firstStatisticsSent(member, base.token(token).build()))
                    .contains("credentials.principal=<token>").doesNotContain(TOKEN);
            assertThat(firstStatisticsSent(member, base.credentials(null).build()))
                    .doesNotContain("credentials.principal");
        }
    }

    /** The attribute string and metrics blob of the first statistics the client sends, as text. */
    private static String firstStatisticsSent(FakeMember member, ClientConfig config) {
        int seenBefore = member.requests().size();
        AtomicReference<String> sent = new AtomicReference<>();
        try (HzClient client = HzClient.newClient(config)) {
            assertEventually(Duration.ofSeconds(30), () -> sent.set(member.requests().stream().skip(seenBefore)
                    .filter(r -> r.messageType() == CLIENT_STATISTICS).findFirst()
                    .map(r -> text(r, 1) + new String(r.frames().get(2).content, StandardCharsets.ISO_8859_1))
                    .orElseThrow()));
        }
        return sent.get();
    }

    @Test
    void aTokenGoesInTheCustomAuthenticationAndARefusedOneSaysSoWithoutTheToken() {
        byte[] accepted = "the-right-token".getBytes(StandardCharsets.UTF_8);
        try (FakeMember member = FakeMember.builder()
                .credentialsCheck(r -> r.messageType() == 0x000200 && Arrays.equals(r.frames().get(2).content,
                        accepted)).start()) {
            try (HzClient client = HzClient.newClient(fastConfig(member.clusterName(), List.of(member.address()))
                    .token(accepted).build())) {
                assertThat(client.isConnected()).isTrue();
            }
            ClientConfig wrong = fastConfig(member.clusterName(), List.of(member.address()))
                    .token(TOKEN.getBytes(StandardCharsets.UTF_8)).build();
            assertThatThrownBy(() -> HzClient.newClient(wrong))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("the credentials (a token) were refused")
                    .hasMessageNotContaining(TOKEN);
            assertThat(member.requests()).extracting(ClientMessage::messageType).contains(0x000200)
                    .doesNotContain(0x000100);
            assertNoLogLineContains(TOKEN);
        }
    }

    @Test
    void aCustomObjectIsSentAsTheClientsSerializationWritesIt() {
        SerializationConfig serialization = SerializationConfig.defaults();
        List<String> custom = new ArrayList<>(List.of("realm-a", "key-Secret-5d"));
        byte[] expected = new DefaultSerializationService(serialization).toDataBytes(custom);
        try (FakeMember member = FakeMember.builder()
                .credentialsCheck(r -> Arrays.equals(r.frames().get(2).content, expected)).start();
             HzClient client = HzClient.newClient(fastConfig(member.clusterName(), List.of(member.address()))
                     .serialization(serialization).customCredentials(custom).build())) {
            assertThat(client.isConnected()).isTrue();
            assertThat(member.requestTypes().get(0)).isEqualTo(0x000200);
            assertThat(client.getConfig().credentials().toString()).doesNotContain("key-Secret-5d");
        }
    }

    @Test
    void aCustomObjectTheSerializersCannotWriteFailsTheStartClearly() {
        try (FakeMember member = FakeMember.builder().start()) {
            ClientConfig config = fastConfig(member.clusterName(), List.of(member.address()))
                    .customCredentials(new Object()).build();
            assertThatThrownBy(() -> HzClient.newClient(config))
                    .isInstanceOf(HzClientException.class)
                    .hasMessageContaining("custom credentials of type java.lang.Object")
                    .hasMessageContaining("cannot be serialized");
            assertThat(member.acceptedConnections()).isZero();
        }
    }

    @Test
    void aRealMemberWithoutSecurityRefusesAUsernameAndPasswordOrATokenAndTheClientSaysSo() {
        // an open-source member (5.7) answers "credentials failed" to any username, password, token or object
        ClientConfig withPassword = fastConfig(CLUSTER.cluster()).credentials("alice", PASSWORD).build();
        assertThatThrownBy(() -> HzClient.newClient(withPassword))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("the credentials (username 'alice') were refused")
                .hasMessageContaining("a member without security, as every open-source member, refuses any")
                .hasMessageNotContaining(PASSWORD);
        ClientConfig withToken = fastConfig(CLUSTER.cluster()).token(TOKEN.getBytes(StandardCharsets.UTF_8)).build();
        assertThatThrownBy(() -> HzClient.newClient(withToken))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("the credentials (a token) were refused")
                .hasMessageNotContaining(TOKEN);
        assertNoLogLineContains(PASSWORD);
        assertNoLogLineContains(TOKEN);
        // and the same member takes the client without credentials
        try (HzClient client = HzClient.newClient(fastConfig(CLUSTER.cluster()).build())) {
            HzMap<String, String> map = client.getMap(TestCluster.uniqueName("creds"));
            map.put("k", "v");
            assertThat(map.get("k")).isEqualTo("v");
        }
    }

    @Test
    void noSecretIsInTheConfigsToString() {
        ClientConfig config = ClientConfig.builder().credentials("alice", PASSWORD).build();
        assertThat(config.credentials()).hasToString("UsernamePassword[username=alice, password=******]");
        assertThat(config.toString()).doesNotContain(PASSWORD);
        assertThat(ClientConfig.builder().token(TOKEN.getBytes(StandardCharsets.UTF_8)).build().credentials())
                .hasToString("Token[******]");
        assertThat(config.credentials()).isInstanceOf(Credentials.UsernamePassword.class);
    }

    @Test
    void badCredentialsAreRefusedByTheBuilder() {
        assertThatThrownBy(() -> ClientConfig.builder().credentials(" ", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("security.username must not be empty");
        assertThatThrownBy(() -> ClientConfig.builder().credentials("alice", null))
                .isInstanceOf(NullPointerException.class).hasMessage("security.password must not be null");
        assertThatThrownBy(() -> ClientConfig.builder().token(new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("security.token must not be empty");
        assertThatThrownBy(() -> ClientConfig.builder().customCredentials(null))
                .isInstanceOf(NullPointerException.class).hasMessage("custom credentials must not be null");
    }

    private static String text(ClientMessage request, int frame) {
        byte[] content = request.frames().get(frame).content;
        return new String(content, StandardCharsets.UTF_8);
    }

    private void assertNoLogLineContains(String secret) {
        assertThat(log.list).as("log lines captured").isNotEmpty();
        for (ILoggingEvent e : log.list) {
            assertThat(e.getFormattedMessage()).doesNotContain(secret);
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
            }
        }
    }
}
