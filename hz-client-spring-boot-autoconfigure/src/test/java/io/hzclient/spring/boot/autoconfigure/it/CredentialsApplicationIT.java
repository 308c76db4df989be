package io.hzclient.spring.boot.autoconfigure.it;

import io.hzclient.AuthenticationException;
import io.hzclient.HzClient;
import io.hzclient.config.Credentials;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.test.FakeMember;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code hz.client.security.*} reach the client (a fake member that checks credentials takes it only with the right
 * ones), and the password and token are in no log line and in none of {@code /actuator/configprops},
 * {@code /actuator/env} and {@code /actuator/hzclient}, with both endpoints told to show values. A real member (open
 * source, so without security) refuses credentials, and the startup failure says so without the password.
 */
@ExtendWith(OutputCaptureExtension.class)
class CredentialsApplicationIT {
    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(1);

    private static final String PASSWORD = "pa55-Spring-Secret-4e1b";
    private static final String TOKEN = "tok-Spring-Secret-8d0a";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aUsernameAndPasswordReachTheClientAndAreMaskedEverywhere(CapturedOutput output) throws Exception {
        try (FakeMember member = FakeMember.builder().credentialsCheck(r -> "alice".equals(text(r, 2))
                && PASSWORD.equals(text(r, 3))).start()) {
            Map<String, Object> properties = properties(member);
            properties.put("hz.client.security.username", "alice");
            properties.put("hz.client.security.password", PASSWORD);
            try (ConfigurableApplicationContext context = run(properties)) {
                HzClient client = context.getBean(HzClient.class);
                assertThat(client.isConnected()).isTrue();
                assertThat(client.getConfig().credentials()).isInstanceOfSatisfying(Credentials.UsernamePassword.class,
                        c -> assertThat(c.username()).isEqualTo("alice"));
                assertMasked(context, PASSWORD, "security.password");
            }
            assertThat(output.getAll()).contains("Client started").doesNotContain(PASSWORD);
        }
    }

    @Test
    void aTokenReachesTheClientAndIsMaskedEverywhere(CapturedOutput output) throws Exception {
        byte[] token = TOKEN.getBytes(StandardCharsets.UTF_8);
        try (FakeMember member = FakeMember.builder().credentialsCheck(r -> r.messageType() == 0x000200
                && Arrays.equals(r.frames().get(2).content, token)).start()) {
            Map<String, Object> properties = properties(member);
            properties.put("hz.client.security.token", TOKEN);
            try (ConfigurableApplicationContext context = run(properties)) {
                assertThat(context.getBean(HzClient.class).isConnected()).isTrue();
                assertMasked(context, TOKEN, "security.token");
            }
            assertThat(output.getAll()).contains("Client started").doesNotContain(TOKEN);
        }
    }

    @Test
    void aRealMemberRefusesTheCredentialsAndTheStartupFailureSaysSoWithoutThePassword(CapturedOutput output) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("hz.client.cluster-name", CLUSTER.cluster().clusterName());
        properties.put("hz.client.cluster-members", CLUSTER.cluster().addresses().get(0));
        properties.put("hz.client.security.username", "alice");
        properties.put("hz.client.security.password", PASSWORD);
        assertThatThrownBy(() -> run(properties)).hasRootCauseInstanceOf(AuthenticationException.class);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("refused the client's credentials").contains("the credentials (username 'alice') were refused")
                .contains("hz.client.security.password").doesNotContain(PASSWORD);
    }

    private static Map<String, Object> properties(FakeMember member) {
        Map<String, Object> p = new HashMap<>();
        p.put("hz.client.cluster-name", member.clusterName());
        p.put("hz.client.cluster-members", member.address());
        p.put("hz.client.invocation-timeout", "2s"); // the fake member does not answer the endpoint's object list
        p.put("management.endpoints.web.exposure.include", "configprops,env,hzclient");
        p.put("management.endpoint.configprops.show-values", "always");
        p.put("management.endpoint.env.show-values", "always");
        return p;
    }

    private static ConfigurableApplicationContext run(Map<String, Object> properties) {
        SpringApplication app = new SpringApplication(App.class);
        Map<String, Object> all = new HashMap<>(properties);
        all.put("server.port", "0");
        all.put("spring.main.banner-mode", "off");
        app.setDefaultProperties(all);
        return app.run();
    }

    private void assertMasked(ConfigurableApplicationContext context, String secret, String key) throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        String configprops = get(port, "/actuator/configprops");
        assertThat(configprops).as("values are shown").contains(context.getBean(HzClient.class).getConfig()
                .clusterName()).contains("\"" + key.substring(key.indexOf('.') + 1) + "\":\"******\"")
                .doesNotContain(secret);
        String env = get(port, "/actuator/env");
        assertThat(env).contains("hz.client." + key).contains("\"value\":\"******\"").doesNotContain(secret);
        assertThat(get(port, "/actuator/env/hz.client." + key)).doesNotContain(secret);
        assertThat(get(port, "/actuator/hzclient")).contains("\"connected\":true").doesNotContain(secret);
    }

    private String get(String port, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String text(ClientMessage request, int frame) {
        return new String(request.frames().get(frame).content, StandardCharsets.UTF_8);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
