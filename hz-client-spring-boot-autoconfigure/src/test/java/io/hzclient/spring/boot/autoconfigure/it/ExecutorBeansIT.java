package io.hzclient.spring.boot.autoconfigure.it;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.executor.HzExecutorService;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.test.FreePorts;
import io.hzclient.test.MemberMain;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hz.client.beans.executors} against a real member: each declared name is an HzExecutorService bean, injected
 * by qualifier, and shutting it down shuts down the member's executor of that name (and no other).
 */
class ExecutorBeansIT {
    static final String CLUSTER = TestCluster.newClusterName();
    static final int PORT = FreePorts.next();
    static HazelcastInstance member;

    @BeforeAll
    static void startMember() {
        member = MemberMain.startInThisJvm(CLUSTER, PORT, Map.of());
    }

    @AfterAll
    static void stopMember() {
        member.getLifecycleService().terminate();
    }

    @Test
    void aDeclaredExecutorIsABeanThatReachesTheMember() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class))
                .withUserConfiguration(Users.class)
                .withPropertyValues("hz.client.cluster-name=" + CLUSTER, "hz.client.cluster-members=127.0.0.1:" + PORT,
                        "hz.client.beans.executors=reports,imports")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Users.Service s = context.getBean(Users.Service.class);
                    assertThat(s.reports.getName()).isEqualTo("reports");
                    assertThat(s.reports.isShutdown()).isFalse();
                    s.reports.shutdown();
                    assertThat(member.getExecutorService("reports").isShutdown()).isTrue();
                    assertThat(member.getExecutorService("imports").isShutdown()).isFalse();
                    assertThat(s.imports.isShutdown()).isFalse();
                });
    }

    @Configuration(proxyBeanMethods = false)
    @Import(Users.Service.class)
    static class Users {
        static class Service {
            @Autowired
            @Qualifier("reports")
            HzExecutorService reports;

            @Autowired
            @Qualifier("imports")
            HzExecutorService imports;
        }
    }
}
