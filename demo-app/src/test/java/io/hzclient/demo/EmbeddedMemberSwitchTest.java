package io.hzclient.demo;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.spring.boot.autoconfigure.HzClientConnectionDetails;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** With the switch off, the demo starts no member and leaves the connection to {@code hz.client.*}. */
class EmbeddedMemberSwitchTest {

    @Test
    void noMemberAndNoConnectionDetailsWhenTheEmbeddedMemberIsOff() {
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedMemberConfiguration.class)
                .withPropertyValues("demo.embedded-member.enabled=false")
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(HazelcastInstance.class)
                        .doesNotHaveBean(HzClientConnectionDetails.class));
    }
}
