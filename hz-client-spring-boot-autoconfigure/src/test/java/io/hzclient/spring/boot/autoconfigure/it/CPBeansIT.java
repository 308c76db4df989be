package io.hzclient.spring.boot.autoconfigure.it;

import io.hzclient.cp.HzAtomicLong;
import io.hzclient.cp.HzAtomicReference;
import io.hzclient.cp.HzCountDownLatch;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.test.SeparateJvmCluster;
import io.hzclient.test.SeparateJvmMember;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hz.client.beans.atomic-longs / atomic-references / count-down-latches} on three 5.4.0 CP members in their own
 * JVMs: each name is a bean of its kind, in the group its name gives, reaching the cluster.
 */
class CPBeansIT {
    static SeparateJvmCluster cluster;

    @BeforeAll
    static void startMembers() {
        cluster = SeparateJvmCluster.start(3, b -> b.hazelcastJar(SeparateJvmMember.memberJar("5.4.0")).cpMembers(3));
    }

    @AfterAll
    static void stopMembers() {
        cluster.close();
    }

    @Test
    void eachDeclaredCpObjectIsABeanThatReachesTheCluster() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class))
                .withPropertyValues("hz.client.cluster-name=" + cluster.clusterName(),
                        "hz.client.cluster-members=" + String.join(",", cluster.addresses()),
                        "hz.client.beans.atomic-longs=orders@shop", "hz.client.beans.atomic-references=leader",
                        "hz.client.beans.count-down-latches=ready")
                .run(context -> {
                    HzAtomicLong orders = context.getBean("orders@shop", HzAtomicLong.class);
                    assertThat(orders.incrementAndGet()).isEqualTo(1);
                    assertThat(orders.getGroupId().name()).isEqualTo("shop");

                    @SuppressWarnings("unchecked")
                    HzAtomicReference<String> leader = context.getBean("leader", HzAtomicReference.class);
                    leader.set("node-1");
                    assertThat(leader.get()).isEqualTo("node-1");

                    HzCountDownLatch ready = context.getBean("ready", HzCountDownLatch.class);
                    assertThat(ready.trySetCount(1)).isTrue();
                    ready.countDown();
                    assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
                });
    }
}
