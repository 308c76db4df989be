package io.hzclient.spring.boot.autoconfigure.it;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.list.HzList;
import io.hzclient.multimap.HzMultiMap;
import io.hzclient.queue.HzQueue;
import io.hzclient.replicatedmap.HzReplicatedMap;
import io.hzclient.set.HzSet;
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

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code hz.client.beans.queues / sets / lists / multimaps / replicated-maps} against a real member: each declared
 * name is a bean of its structure, injected by qualifier, and what it writes is what the member holds.
 */
class CollectionBeansIT {
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

    private ApplicationContextRunner app(String startup) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class))
                .withUserConfiguration(Users.class)
                .withPropertyValues("hz.client.cluster-name=" + CLUSTER, "hz.client.cluster-members=127.0.0.1:" + PORT,
                        "hz.client.startup.mode=" + startup,
                        "hz.client.beans.queues=jobs", "hz.client.beans.sets=tags", "hz.client.beans.lists=steps",
                        "hz.client.beans.multimaps=labels", "hz.client.beans.replicated-maps=rates");
    }

    @Test
    void eachDeclaredStructureIsABeanThatReachesTheMember() {
        app("fail-fast").run(context -> {
            assertThat(context).hasNotFailed();
            Users.Service s = context.getBean(Users.Service.class);
            s.jobs.offer("job-1");
            assertThat(member.getQueue("jobs").poll()).isEqualTo("job-1");
            s.tags.clear(); // the other test may have run first on the same member
            s.steps.clear();
            s.tags.add("blue");
            assertThat(member.getSet("tags")).containsExactly("blue");
            s.steps.add("first");
            s.steps.add(0, "zeroth");
            assertThat(member.getList("steps")).containsExactly("zeroth", "first");
            s.labels.put("order-1", "urgent");
            s.labels.put("order-1", "gift");
            assertThat(member.getMultiMap("labels").get("order-1")).containsExactlyInAnyOrder("urgent", "gift");
            s.rates.put("EUR", "1.08");
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(member.getReplicatedMap("rates").get("EUR")).isEqualTo("1.08"));
            assertThat(context.getBeanNamesForType(HzQueue.class)).containsExactly("jobs");
        });
    }

    @Test
    void withALazyStartupTheBeansAreStandInsThatWorkOnceConnected() {
        app("lazy").run(context -> {
            assertThat(context).hasNotFailed();
            Users.Service s = context.getBean(Users.Service.class);
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions() // ClientOfflineException until connected: nothing sent
                    .untilAsserted(() -> assertThat(s.jobs.offer("job-2")).isTrue());
            assertThat(member.getQueue("jobs").poll()).isEqualTo("job-2");
            s.steps.addAll(List.of("a", "b"));
            assertThat(s.steps.subList(s.steps.size() - 2, s.steps.size())).containsExactly("a", "b");
        });
    }

    @Configuration(proxyBeanMethods = false)
    @Import(Users.Service.class)
    static class Users {
        static class Service {
            @Autowired
            @Qualifier("jobs")
            HzQueue<String> jobs;

            @Autowired
            @Qualifier("tags")
            HzSet<String> tags;

            @Autowired
            @Qualifier("steps")
            HzList<String> steps;

            @Autowired
            @Qualifier("labels")
            HzMultiMap<String, String> labels;

            @Autowired
            @Qualifier("rates")
            HzReplicatedMap<String, String> rates;
        }
    }
}
