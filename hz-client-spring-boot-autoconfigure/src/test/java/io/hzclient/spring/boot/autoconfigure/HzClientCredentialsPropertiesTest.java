package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.HzClient;
import io.hzclient.config.Credentials;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.hzclient.spring.boot.autoconfigure.HzClientTestSupport.allMessages;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hz.client.security.*}: mapped to the client's credentials, from the properties or from connection details;
 * a conflicting or incomplete setting is one clear error without the secret; the sanitizing function's keys.
 */
class HzClientCredentialsPropertiesTest {
    private static final String SECRET = "S3cret-value-x9";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                    HzClientBeansAutoConfiguration.class))
            .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.mode=lazy");

    @Test
    void aUsernameAndPasswordBecomeTheClientsCredentials() {
        runner.withPropertyValues("hz.client.security.username=alice", "hz.client.security.password=" + SECRET)
                .run(context -> {
                    Credentials c = context.getBean(HzClient.class).getConfig().credentials();
                    assertThat(c).isInstanceOfSatisfying(Credentials.UsernamePassword.class, up -> {
                        assertThat(up.username()).isEqualTo("alice");
                        assertThat(up.password()).isEqualTo(SECRET);
                    });
                    assertThat(context.getBean(HzClientConnectionDetails.class).getUsername()).isEqualTo("alice");
                    assertThat(context.getBean(HzClientConnectionDetails.class).getPassword()).isEqualTo(SECRET);
                    assertThat(context.getBean(HzClientProperties.class).getSecurity().toString())
                            .isEqualTo("Security[username=alice, password=******, token=unset]");
                });
    }

    @Test
    void aTokenBecomesTheClientsTokenAsUtf8Bytes() {
        runner.withPropertyValues("hz.client.security.token=" + SECRET + "-ü").run(context -> {
            Credentials c = context.getBean(HzClient.class).getConfig().credentials();
            assertThat(c).isInstanceOfSatisfying(Credentials.Token.class, t -> assertThat(t.token())
                    .isEqualTo((SECRET + "-ü").getBytes(StandardCharsets.UTF_8)));
        });
    }

    @Test
    void noSecurityPropertiesNoCredentials() {
        runner.run(context -> {
            assertThat(context.getBean(HzClient.class).getConfig().credentials()).isNull();
            assertThat(context.getBean(HzClientConnectionDetails.class).getUsername()).isNull();
            assertThat(context.getBean(HzClientConnectionDetails.class).getPassword()).isNull();
        });
    }

    @Test
    void connectionDetailsGiveTheUsernameAndPassword() {
        runner.withBean(HzClientConnectionDetails.class, () -> new DevConnection() {
            @Override
            public String getUsername() {
                return "bob";
            }

            @Override
            public String getPassword() {
                return SECRET;
            }
        }).run(context -> assertThat(context.getBean(HzClient.class).getConfig().credentials())
                .isInstanceOfSatisfying(Credentials.UsernamePassword.class, up -> {
                    assertThat(up.username()).isEqualTo("bob");
                    assertThat(up.password()).isEqualTo(SECRET);
                }));
    }

    @Test
    void connectionDetailsGiveAToken() {
        runner.withBean(HzClientConnectionDetails.class, () -> new DevConnection() {
            @Override
            public String getToken() {
                return SECRET;
            }
        }).run(context -> assertThat(context.getBean(HzClient.class).getConfig().credentials())
                .isInstanceOfSatisfying(Credentials.Token.class, t -> assertThat(t.token())
                        .isEqualTo(SECRET.getBytes(StandardCharsets.UTF_8))));
        runner.withPropertyValues("hz.client.security.token=" + SECRET).run(context ->
                assertThat(context.getBean(HzClientConnectionDetails.class).getToken()).isEqualTo(SECRET));
    }

    @Test
    void aTokenAndAUsernameTogetherAreOneClearError() {
        runner.withPropertyValues("hz.client.security.username=alice", "hz.client.security.password=" + SECRET,
                "hz.client.security.token=" + SECRET).run(context -> {
                    assertThat(context).hasFailed();
                    String messages = allMessages(context.getStartupFailure());
                    assertThat(messages).contains("hz.client.security.username and hz.client.security.token are"
                            + " both set").doesNotContain(SECRET);
                });
    }

    @Test
    void anIncompleteOrEmptySettingIsAClearError() {
        runner.withPropertyValues("hz.client.security.password=" + SECRET).run(context -> assertThat(
                allMessages(context.getStartupFailure())).contains(
                "hz.client.security.password is set without hz.client.security.username").doesNotContain(SECRET));
        runner.withPropertyValues("hz.client.security.username=alice").run(context -> assertThat(
                allMessages(context.getStartupFailure())).contains(
                "hz.client.security.username is set without hz.client.security.password"));
        runner.withPropertyValues("hz.client.security.username= ", "hz.client.security.password=x").run(context ->
                assertThat(allMessages(context.getStartupFailure())).contains(
                        "hz.client.security.username must not be blank"));
        runner.withPropertyValues("hz.client.security.token=").run(context -> assertThat(
                allMessages(context.getStartupFailure())).contains("hz.client.security.token must not be empty"));
        runner.withPropertyValues("hz.client.security.username=alice", "hz.client.security.password=")
                .run(context -> assertThat(context.getBean(HzClient.class).getConfig().credentials())
                        .isInstanceOfSatisfying(Credentials.UsernamePassword.class,
                                up -> assertThat(up.password()).isEmpty()));
    }

    /** A service connection to the cluster {@code dev}; each test adds its credentials. */
    private abstract static class DevConnection implements HzClientConnectionDetails {
        @Override
        public String getClusterName() {
            return "dev";
        }

        @Override
        public List<String> getClusterMembers() {
            return List.of("127.0.0.1:1");
        }
    }
}
