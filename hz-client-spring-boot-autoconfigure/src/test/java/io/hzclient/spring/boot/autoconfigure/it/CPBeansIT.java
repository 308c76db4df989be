package io.hzclient.spring.boot.autoconfigure.it;

import io.hzclient.cp.HzAtomicLong;
import io.hzclient.cp.HzAtomicReference;
import io.hzclient.cp.HzCountDownLatch;
import io.hzclient.cp.HzFencedLock;
import io.hzclient.cp.HzSemaphore;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.integration.HzLockRegistryAutoConfiguration;
import io.hzclient.spring.integration.HzLockRegistry;
import io.hzclient.test.SeparateJvmCluster;
import io.hzclient.test.SeparateJvmMember;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.integration.support.locks.LockRegistry;
import org.springframework.integration.support.locks.PassThruLockRegistry;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code hz.client.beans.atomic-longs / atomic-references / count-down-latches / locks / semaphores} on three 5.4.0 CP members in their own
 * JVMs: each name is a bean of its kind, in the group its name gives, reaching the cluster. Also Spring Integration's
 * {@code LockRegistry} over fenced locks.
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
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class))
                .withPropertyValues("hz.client.cluster-name=" + cluster.clusterName(),
                        "hz.client.cluster-members=" + String.join(",", cluster.addresses()),
                        "hz.client.beans.atomic-longs=orders@shop", "hz.client.beans.atomic-references=leader",
                        "hz.client.beans.count-down-latches=ready", "hz.client.beans.locks=jobs@shop",
                        "hz.client.beans.semaphores=slots")
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

                    HzFencedLock jobs = context.getBean("jobs@shop", HzFencedLock.class);
                    assertThat(jobs.getGroupId().name()).isEqualTo("shop");
                    long fence = jobs.lockAndGetFence();
                    assertThat(fence).isNotEqualTo(HzFencedLock.INVALID_FENCE);
                    assertThat(jobs.isLockedByCurrentThread()).isTrue();
                    jobs.unlock();
                    assertThat(jobs.isLocked()).isFalse();

                    HzSemaphore slots = context.getBean("slots", HzSemaphore.class);
                    assertThat(slots.init(2)).isTrue();
                    assertThat(slots.tryAcquire(2)).isTrue();
                    assertThat(slots.availablePermits()).isZero();
                    slots.release(2);
                    assertThat(slots.availablePermits()).isEqualTo(2);
                });
    }

    private ApplicationContextRunner lockRegistryApp() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class,
                        HzLockRegistryAutoConfiguration.class))
                .withPropertyValues("hz.client.cluster-name=" + cluster.clusterName(),
                        "hz.client.cluster-members=" + String.join(",", cluster.addresses()));
    }

    @Test
    void aLockRegistryLocksAKeyAcrossApplications() {
        lockRegistryApp().run(first -> lockRegistryApp().withPropertyValues("hz.client.lock-registry.group=jobs")
                .run(inGroup -> lockRegistryApp().run(second -> {
                    LockRegistry<?> mine = first.getBean(LockRegistry.class);
                    LockRegistry<?> theirs = second.getBean(LockRegistry.class);
                    assertThat(mine).isInstanceOf(HzLockRegistry.class);
                    assertThat(mine.obtain("nightly")).isSameAs(mine.obtain("nightly"));

                    AtomicReference<Boolean> theirTry = new AtomicReference<>();
                    mine.executeLocked("nightly", () -> theirTry.set(CompletableFuture.supplyAsync(() ->
                            theirs.obtain("nightly").tryLock()).get(60, TimeUnit.SECONDS)));
                    assertThat(theirTry.get()).as("held by the other application meanwhile").isFalse();
                    assertThat(theirs.executeLocked("nightly", Duration.ofSeconds(30), () -> "ran")).isEqualTo("ran");

                    HzLockRegistry grouped = inGroup.getBean(HzLockRegistry.class);
                    assertThat(grouped.obtain("nightly").getGroupId().name()).isEqualTo("jobs");
                    assertThat(grouped.obtain("nightly").tryLock()).as("another group: another lock").isTrue();
                    grouped.obtain("nightly").unlock();

                    assertThatThrownBy(() -> mine.obtain(42)).isInstanceOf(IllegalArgumentException.class);
                    assertThatThrownBy(() -> mine.obtain("a@b")).isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("'@'");
                })));
    }

    @Test
    void anApplicationsOwnLockRegistryOrTheSwitchTurnsOursOff() {
        lockRegistryApp().withBean(LockRegistry.class, PassThruLockRegistry::new).run(context ->
                assertThat(context).getBean(LockRegistry.class).isInstanceOf(PassThruLockRegistry.class));
        lockRegistryApp().withPropertyValues("hz.client.lock-registry.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(LockRegistry.class));
    }
}
