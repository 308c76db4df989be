package io.hzclient.spring.boot.autoconfigure.it;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.CallObserver;
import io.hzclient.HzClient;
import io.hzclient.map.HzMap;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.metrics.HzClientMetricsAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.observation.DefaultHzClientCallObservationConvention;
import io.hzclient.spring.boot.autoconfigure.observation.HzClientCallContext;
import io.hzclient.spring.boot.autoconfigure.observation.HzClientCallObservationConvention;
import io.hzclient.spring.boot.autoconfigure.observation.HzClientCallObserver;
import io.hzclient.spring.boot.autoconfigure.observation.HzClientObservationAutoConfiguration;
import io.hzclient.test.FreePorts;
import io.hzclient.test.MemberMain;
import io.hzclient.test.TestCluster;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Micrometer observation per call against a real member: children of the observation current in the calling
 * thread (sync and async), with the operation, the outcome, the member and the partition; the object's name only
 * when asked; nothing installed without an ObservationRegistry, or with hz.client.observation.enabled=false.
 */
class HzClientObservationIT {
    static final String CLUSTER = TestCluster.newClusterName();
    static final int PORT = FreePorts.next();
    static final HazelcastInstance member = MemberMain.startInThisJvm(CLUSTER, PORT, Map.of());

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                    HzClientBeansAutoConfiguration.class,
                    HzClientObservationAutoConfiguration.class))
            .withPropertyValues("hz.client.cluster-name=" + CLUSTER, "hz.client.cluster-members=127.0.0.1:" + PORT);

    @AfterAll
    static void stopMember() {
        member.shutdown();
    }

    /** The observations of the client's calls, each as it stopped. */
    static final class Stopped implements ObservationHandler<HzClientCallContext> {
        final List<HzClientCallContext> contexts = new CopyOnWriteArrayList<>();

        @Override
        public void onStop(HzClientCallContext context) {
            contexts.add(context);
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return context instanceof HzClientCallContext;
        }

        List<HzClientCallContext> of(String operation) {
            return contexts.stream().filter(c -> c.getOperation().equals(operation)).toList();
        }
    }

    private static String low(HzClientCallContext c, String key) {
        KeyValue v = c.getLowCardinalityKeyValue(key);
        return v == null ? null : v.getValue();
    }

    private static String high(HzClientCallContext c, String key) {
        KeyValue v = c.getHighCardinalityKeyValue(key);
        return v == null ? null : v.getValue();
    }

    @Test
    void eachCallIsAChildOfTheCallersObservationSyncAsyncAndFailing() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        Stopped stopped = new Stopped();
        registry.observationConfig().observationHandler(stopped);
        runner.withBean(ObservationRegistry.class, () -> registry).run(context -> {
            HzClient client = context.getBean(HzClient.class);
            assertThat(client.getConfig().callObserver()).isInstanceOf(HzClientCallObserver.class);
            HzMap<String, String> map = client.getMap(TestCluster.uniqueName("traced"));
            map.size(); // the proxy exists on the cluster: what follows are the map's own calls
            stopped.contexts.clear();

            Observation parent = Observation.start("request", registry);
            CompletableFuture<String> async;
            try (Observation.Scope ignored = parent.openScope()) {
                map.put("k", "v");
                assertThat(map.get("k")).isEqualTo("v");
                async = map.getAsync("k");
                assertThatThrownBy(() -> map.unlock("never-locked"))
                        .isInstanceOf(IllegalMonitorStateException.class);
            }
            assertThat(async.join()).isEqualTo("v"); // the scope is closed: the observation started in it
            parent.stop();
            map.put("outside", "v"); // no parent: a root observation

            // Map.Get twice: the sync get and the async one
            assertThat(stopped.of("Map.Put")).hasSize(2);
            assertThat(stopped.of("Map.Get")).hasSize(2);
            assertThat(stopped.of("Map.Unlock")).hasSize(1);
            List<HzClientCallContext> inParent = stopped.contexts.stream()
                    .filter(c -> c.getParentObservation() == parent).toList();
            assertThat(inParent).extracting(HzClientCallContext::getOperation)
                    .containsExactlyInAnyOrder("Map.Put", "Map.Get", "Map.Get", "Map.Unlock");
            assertThat(stopped.of("Map.Put")).filteredOn(c -> c.getParentObservation() == null).hasSize(1);

            for (HzClientCallContext c : inParent) {
                assertThat(c.getName()).isEqualTo("hz.client.operation");
                assertThat(c.getContextualName()).isEqualTo(c.getOperation());
                assertThat(low(c, "hz.operation")).isEqualTo(c.getOperation());
                assertThat(low(c, "hz.object.name")).as("not asked for").isNull();
                assertThat(high(c, "hz.member")).isEqualTo("127.0.0.1:" + PORT);
                assertThat(Integer.parseInt(high(c, "hz.partition.id"))).isBetween(0, 270);
                if (c.getOperation().equals("Map.Unlock")) {
                    assertThat(low(c, "outcome")).isEqualTo("IllegalMonitorStateException");
                    assertThat(c.getError()).isInstanceOf(IllegalMonitorStateException.class);
                } else {
                    assertThat(low(c, "outcome")).isEqualTo("success");
                    assertThat(c.getError()).isNull();
                }
            }
            // the key's partition, the same for the put and the gets of "k"
            assertThat(inParent).filteredOn(c -> !c.getOperation().equals("Map.Unlock"))
                    .extracting(c -> high(c, "hz.partition.id")).containsOnly(
                            String.valueOf(client.getPartitions().getPartitionId("k")));
            TestObservationRegistryAssert.assertThat(registry).doesNotHaveAnyRemainingCurrentObservation();
        });
    }

    @Test
    void theObjectNameIsAKeyOnlyWhenAskedFor() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        Stopped stopped = new Stopped();
        registry.observationConfig().observationHandler(stopped);
        runner.withBean(ObservationRegistry.class, () -> registry)
                .withPropertyValues("hz.client.observation.object-name=true").run(context -> {
                    HzClient client = context.getBean(HzClient.class);
                    String name = TestCluster.uniqueName("named");
                    client.getMap(name).put("k", "v");
                    assertThat(stopped.of("Map.Put")).singleElement()
                            .satisfies(c -> assertThat(low(c, "hz.object.name")).isEqualTo(name));
                });
    }

    @Test
    void aConventionBeanNamesTheObservations() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        Stopped stopped = new Stopped();
        registry.observationConfig().observationHandler(stopped);
        HzClientCallObservationConvention convention = new DefaultHzClientCallObservationConvention() {
            @Override
            public String getContextualName(HzClientCallContext context) {
                return "hazelcast " + context.getOperation();
            }
        };
        runner.withBean(ObservationRegistry.class, () -> registry)
                .withBean(HzClientCallObservationConvention.class, () -> convention).run(context -> {
                    context.getBean(HzClient.class).getMap(TestCluster.uniqueName("conv")).put("k", "v");
                    assertThat(stopped.of("Map.Put")).singleElement()
                            .satisfies(c -> assertThat(c.getContextualName()).isEqualTo("hazelcast Map.Put"));
                });
    }

    @Test
    void theTimerIsTaggedByOperationWithPercentilesOnlyWhenAskedForWithBootsOwnProperty() {
        ApplicationContextRunner metrics = runner.withConfiguration(AutoConfigurations.of(
                MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                SimpleMetricsExportAutoConfiguration.class, HzClientMetricsAutoConfiguration.class));
        metrics.run(context -> {
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            context.getBean(HzClient.class).getMap(TestCluster.uniqueName("timed")).put("k", "v");
            assertThat(meters.get("hz.client.invocations").tag("operation", "Map.Put").tag("outcome", "success")
                    .timer().count()).isEqualTo(1);
            assertThat(meters.find("hz.client.invocations.percentile").gauges()).isEmpty();
        });
        metrics.withPropertyValues("management.metrics.distribution.percentiles.hz.client.invocations=0.5,0.99")
                .run(context -> {
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    context.getBean(HzClient.class).getMap(TestCluster.uniqueName("timed")).put("k", "v");
                    assertThat(meters.find("hz.client.invocations.percentile").tag("operation", "Map.Put")
                            .tag("outcome", "success").gauges()).hasSize(2); // 0.5 and 0.99
                });
    }

    @Test
    void nothingIsObservedWithoutARegistryOrWhenTurnedOff() {
        runner.run(context -> {
            HzClient client = context.getBean(HzClient.class);
            assertThat(client.getConfig().callObserver()).isSameAs(CallObserver.NONE);
        });
        runner.withBean(ObservationRegistry.class, ObservationRegistry::create).run(context -> {
            // a registry with no handler is a no-op one: nothing to report to
            assertThat(context.getBean(HzClient.class).getConfig().callObserver()).isSameAs(CallObserver.NONE);
        });
        TestObservationRegistry registry = TestObservationRegistry.create();
        runner.withBean(ObservationRegistry.class, () -> registry)
                .withPropertyValues("hz.client.observation.enabled=false").run(context -> {
                    HzClient client = context.getBean(HzClient.class);
                    assertThat(client.getConfig().callObserver()).isSameAs(CallObserver.NONE);
                    client.getMap(TestCluster.uniqueName("untraced")).put("k", "v");
                    TestObservationRegistryAssert.assertThat(registry).doesNotHaveAnyObservation();
                });
    }
}
