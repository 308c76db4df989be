package io.hzclient.spring.boot.autoconfigure.it;

import io.hzclient.HzClient;
import io.hzclient.flakeid.FlakeIdGenerator;
import io.hzclient.spring.boot.HzTopicListener;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.test.MemberState;
import io.hzclient.test.TestCluster;
import io.hzclient.topic.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a real member: an annotated bean method receives a topic's and a reliable topic's messages, and the yml's
 * per-name settings (Flake ID prefetch count, reliable topic read batch size) are what the client really uses.
 */
class HzTopicListenerIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static TestCluster cluster;

    @BeforeAll
    static void start() {
        cluster = TestCluster.start(1);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class))
                .withPropertyValues("hz.client.cluster-name=" + cluster.clusterName(),
                        "hz.client.cluster-members=" + String.join(",", cluster.addresses()));
    }

    @Test
    void annotatedMethodsReceiveTheMessagesOfTheirTopics() {
        runner().withUserConfiguration(Listeners.class).run(context -> {
            Listeners.Inbox inbox = context.getBean(Listeners.Inbox.class);
            HzClient client = context.getBean(HzClient.class);
            client.<String>getTopic("news").publish("hello");
            client.<String>getReliableTopic("orders").publish("order-1");
            client.<String>getReliableTopic("orders").publish("order-2");
            assertEventually(WAIT, () -> {
                assertThat(inbox.news).containsExactly("hello");
                assertThat(inbox.orders).containsExactly("order-1", "order-2");
                assertThat(inbox.wholeMessages).extracting(Message::topicName).containsOnly("news");
            });
            // published through the member's own API: the bytes are the official ones
            cluster.member(0).getTopic("news").publish("from the member");
            assertEventually(WAIT, () -> assertThat(inbox.news).containsExactly("hello", "from the member"));
        });
    }

    @Test
    void theYamlsPrefetchCountIsTheBatchTheClientFetches() {
        runner().withPropertyValues("hz.client.flake-id-generators[order-*].prefetch-count=7").run(context -> {
            HzClient client = context.getBean(HzClient.class);
            // counted on the member: the client's own invocation count also moves with its heartbeat pings
            String name = TestCluster.uniqueName("order-ids");
            FlakeIdGenerator ids = client.getFlakeIdGenerator(name);
            ids.newId(); // the first batch
            assertThat(MemberState.flakeIdBatches(cluster.member(0), name)).isEqualTo(1);
            for (int i = 0; i < 6; i++) {
                ids.newId();
            }
            assertThat(MemberState.flakeIdBatches(cluster.member(0), name)).as("6 more ids come from the batch of 7")
                    .isEqualTo(1);
            ids.newId();
            assertThat(MemberState.flakeIdBatches(cluster.member(0), name)).as("the 8th id needs a new batch")
                    .isEqualTo(2);
        });
    }

    @Test
    void theYamlsReadBatchSizeIsHowManyMessagesOneReadAsksFor() {
        String topic = TestCluster.uniqueName("batched");
        runner().withPropertyValues("hz.client.reliable-topics." + topic + ".read-batch-size=3").run(context -> {
            HzClient client = context.getBean(HzClient.class);
            for (int i = 0; i < 9; i++) {
                client.<Integer>getReliableTopic(topic).publish(i);
            }
            List<Integer> received = new CopyOnWriteArrayList<>();
            long before = client.getStatistics().invocationsStarted();
            client.<Integer>getReliableTopic(topic).addMessageListener(new io.hzclient.topic.ReliableMessageListener<>() {
                @Override
                public long initialSequence() {
                    return 0; // from the first message
                }

                @Override
                public void onMessage(Message<Integer> message) {
                    received.add(message.payload());
                }
            });
            assertEventually(WAIT, () -> assertThat(received).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8));
            // 9 messages in batches of 3: three reads, then one waiting for more (the default 10 would take 1 + 1)
            assertThat(client.getStatistics().invocationsStarted() - before).isGreaterThanOrEqualTo(4);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Listeners {
        @Bean
        Inbox inbox() {
            return new Inbox();
        }

        static class Inbox {
            final List<String> news = new CopyOnWriteArrayList<>();
            final List<String> orders = new CopyOnWriteArrayList<>();
            final List<Message<String>> wholeMessages = new CopyOnWriteArrayList<>();

            @HzTopicListener("news")
            void onNews(String text) {
                news.add(text);
            }

            @HzTopicListener("news")
            void onNewsMessage(Message<String> message) {
                wholeMessages.add(message);
            }

            @HzTopicListener(value = "orders", reliable = true)
            void onOrder(String order) {
                orders.add(order);
            }
        }
    }
}
