package io.hzclient.spring.boot.autoconfigure.beans;

import io.hzclient.executor.HzExecutorService;
import io.hzclient.flakeid.FlakeIdGenerator;
import io.hzclient.list.HzList;
import io.hzclient.map.HzMap;
import io.hzclient.multimap.HzMultiMap;
import io.hzclient.pncounter.PNCounter;
import io.hzclient.queue.HzQueue;
import io.hzclient.replicatedmap.HzReplicatedMap;
import io.hzclient.ringbuffer.Ringbuffer;
import io.hzclient.set.HzSet;
import io.hzclient.spring.boot.HzMapRef;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.HzClientTestSupport;
import io.hzclient.topic.ReliableTopic;
import io.hzclient.topic.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Beans of hz.client.beans.* and {@link HzMapRef}, wired without a cluster (lazy startup: the maps are looked up on first use). */
class DistributedObjectBeansTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                    HzClientBeansAutoConfiguration.class))
            .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.mode=lazy");

    @Test
    void eachDeclaredMapIsABeanNamedAfterIt() {
        runner.withPropertyValues("hz.client.beans.maps=customers,orders").run(context -> {
            Map<String, HzMap> maps = context.getBeansOfType(HzMap.class);
            assertThat(maps).containsOnlyKeys("customers", "orders");
            assertThat(maps.get("customers").getName()).isEqualTo("customers");
            assertThat(maps.get("orders").getName()).isEqualTo("orders");
        });
    }

    @Test
    void topicsCountersAndGeneratorsAreBeansToo() {
        runner.withPropertyValues("hz.client.beans.topics=news", "hz.client.beans.pn-counters=visits",
                "hz.client.beans.flake-id-generators=order-ids").run(context -> {
                    assertThat(context.getBean("news", Topic.class).getName()).isEqualTo("news");
                    assertThat(context.getBean("visits", PNCounter.class).getName()).isEqualTo("visits");
                    assertThat(context.getBean("order-ids", FlakeIdGenerator.class).getName()).isEqualTo("order-ids");
                    assertThat(context.getBean("news").toString()).contains("Topic 'news'");
                });
    }

    @Test
    void reliableTopicsAndRingbuffersAreBeansToo() {
        runner.withPropertyValues("hz.client.beans.reliable-topics=orders", "hz.client.beans.ringbuffers=audit")
                .run(context -> {
                    assertThat(context.getBean("orders", ReliableTopic.class).getName()).isEqualTo("orders");
                    assertThat(context.getBean("audit", Ringbuffer.class).getName()).isEqualTo("audit");
                });
    }

    @Test
    void queuesSetsListsMultimapsAndReplicatedMapsAreBeansToo() {
        runner.withPropertyValues("hz.client.beans.queues=jobs", "hz.client.beans.sets=tags",
                "hz.client.beans.lists=steps", "hz.client.beans.multimaps=labels",
                "hz.client.beans.replicated-maps=rates").run(context -> {
                    assertThat(context.getBean("jobs", HzQueue.class).getName()).isEqualTo("jobs");
                    assertThat(context.getBean("tags", HzSet.class).getName()).isEqualTo("tags");
                    assertThat(context.getBean("steps", HzList.class).getName()).isEqualTo("steps");
                    assertThat(context.getBean("labels", HzMultiMap.class).getName()).isEqualTo("labels");
                    assertThat(context.getBean("rates", HzReplicatedMap.class).getName()).isEqualTo("rates");
                });
    }

    @Test
    void executorServicesAreBeansToo() {
        runner.withPropertyValues("hz.client.beans.executors=reports,imports").run(context -> {
            assertThat(context.getBeansOfType(HzExecutorService.class)).containsOnlyKeys("reports", "imports");
            assertThat(context.getBean("reports", HzExecutorService.class).getName()).isEqualTo("reports");
        });
    }

    @Test
    void anEmptyExecutorBeanNameFailsTheStartup() {
        runner.withPropertyValues("hz.client.beans.executors[0]= ")
                .run(context -> assertThat(HzClientTestSupport.allMessages(context.getStartupFailure()))
                        .contains("beans.executors[0]").contains("a name must not be empty"));
    }

    @Test
    void anEmptyCollectionBeanNameFailsTheStartup() {
        runner.withPropertyValues("hz.client.beans.queues[0]= ")
                .run(context -> assertThat(HzClientTestSupport.allMessages(context.getStartupFailure()))
                        .contains("beans.queues[0]").contains("a name must not be empty"));
    }

    @Test
    void oneNameUnderTwoKindsFailsTheStartup() {
        runner.withPropertyValues("hz.client.beans.maps=orders", "hz.client.beans.topics=orders")
                .run(context -> assertThat(HzClientTestSupport.allMessages(context.getStartupFailure()))
                        .contains("'orders' is declared under both hz.client.beans.maps and hz.client.beans.topics"));
    }

    @Test
    void aQualifiedGenericMapIsInjected() {
        runner.withPropertyValues("hz.client.beans.maps=customers,orders")
                .withUserConfiguration(QualifiedUser.class)
                .run(context -> {
                    QualifiedUser.Service service = context.getBean(QualifiedUser.Service.class);
                    assertThat(service.customers.getName()).isEqualTo("customers");
                    assertThat(service.orders.getName()).isEqualTo("orders");
                });
    }

    @Test
    void hzMapRefInjectsAnyMapIntoFieldsAndParameters() {
        runner.withUserConfiguration(RefUser.class).run(context -> {
            RefUser.Service service = context.getBean(RefUser.Service.class);
            assertThat(service.byField.getName()).isEqualTo("audit");
            assertThat(service.byConstructor.getName()).isEqualTo("sessions");
            assertThat(service.byConstructor.toString()).contains("sessions");
        });
    }

    @Test
    void anApplicationBeanOfTheSameNameWins() {
        runner.withPropertyValues("hz.client.beans.maps=customers")
                .withUserConfiguration(SameName.class)
                .run(context -> assertThat(context.getBean("customers")).isEqualTo("mine"));
    }

    @Configuration(proxyBeanMethods = false)
    @Import(QualifiedUser.Service.class)
    static class QualifiedUser {
        static class Service {
            @Autowired
            @Qualifier("customers")
            HzMap<String, Integer> customers;

            @Autowired
            @Qualifier("orders")
            HzMap<Long, String> orders;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import(RefUser.Service.class)
    static class RefUser {
        static class Service {
            @HzMapRef("audit")
            HzMap<String, String> byField;

            final HzMap<String, Long> byConstructor;

            Service(@HzMapRef("sessions") HzMap<String, Long> byConstructor) {
                this.byConstructor = byConstructor;
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SameName {
        @Bean
        String customers() {
            return "mine";
        }
    }
}
