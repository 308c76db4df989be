package io.hzclient.engine;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.map.HzMap;
import io.hzclient.test.FakeMember;
import io.hzclient.topic.Topic;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Getting a proxy asks the cluster to create the object. A create the cluster does not answer (a fake member holds
 * it back) holds back only the callers of that one name: the create is sent once for them all, and other names are
 * served meanwhile.
 */
class ProxyCreationIT {
    private static final int CREATE_PROXY = 0x000400;
    private static final String HELD = "held";
    private static final String MAP_SERVICE = "hz:impl:mapService";

    @Test
    void aCreateTheClusterHoldsBackBlocksOnlyItsOwnName() throws Exception {
        BlockingQueue<Runnable> heldAnswers = new LinkedBlockingQueue<>();
        try (FakeMember member = FakeMember.builder().answerCreateProxy(false).onRequest((request, replies) -> {
            if (request.messageType() == CREATE_PROXY) {
                Runnable answer = () -> {
                    try {
                        replies.reply(request, FakeMember.createProxyResponse());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
                if (HELD.equals(objectName(request)) && MAP_SERVICE.equals(serviceName(request))) {
                    heldAnswers.add(answer);
                } else {
                    answer.run();
                }
            }
        }).start(); HzClient client = HzClient.newClient(config(member).build())) {
            Call<HzMap<String, String>> first = Call.start(() -> client.getMap(HELD));
            assertEventually(WAIT, () -> assertThat(createsOf(member, HELD)).isEqualTo(1));
            Call<HzMap<String, String>> second = Call.start(() -> client.getMap(HELD));
            assertEventually(WAIT, () -> assertThat(second.thread.getState()).as("the second caller of the name waits")
                    .isEqualTo(Thread.State.WAITING));

            // the invocation timeout is 60 s: a lock held across the held create would keep these past WAIT
            Call<HzMap<String, String>> otherMap = Call.start(() -> client.getMap("other"));
            Call<Topic<String>> otherTopic = Call.start(() -> client.getTopic(HELD));
            assertThat(otherMap.result().getName()).isEqualTo("other");
            assertThat(otherTopic.result().getName()).as("the same name of another service").isEqualTo(HELD);
            assertThat(first.task).as("still held back").isNotDone();
            assertThat(second.task).isNotDone();

            heldAnswers.take().run();
            HzMap<String, String> map = first.result();
            assertThat(second.result()).as("both callers get one proxy").isSameAs(map);
            assertThat(client.<String, String>getMap(HELD)).isSameAs(map);
            assertThat(createsOf(member, HELD)).as("creates sent for the held name").isEqualTo(1);
            assertThat(heldAnswers).isEmpty();
        }
    }

    private static ClientConfig.Builder config(FakeMember member) {
        return ClientConfig.builder().clusterName(member.clusterName()).addresses(member.address())
                .connectionTimeout(Duration.ofSeconds(1))
                .invocationTimeout(Duration.ofSeconds(60))
                .heartbeatInterval(Duration.ofSeconds(1))
                .heartbeatTimeout(Duration.ofSeconds(30));
    }

    /** Client.CreateProxy requests for the map of that name. */
    private static long createsOf(FakeMember member, String name) {
        return member.requests().stream()
                .filter(r -> r.messageType() == CREATE_PROXY && name.equals(objectName(r))
                        && MAP_SERVICE.equals(serviceName(r)))
                .count();
    }

    /** Client.CreateProxy: the initial frame, then the name, then the service name. */
    private static String objectName(ClientMessage createProxy) {
        return new String(createProxy.frames().get(1).content, StandardCharsets.UTF_8);
    }

    private static String serviceName(ClientMessage createProxy) {
        return new String(createProxy.frames().get(2).content, StandardCharsets.UTF_8);
    }

    /** A call on a thread of its own, so the test can see it wait. */
    private record Call<T>(FutureTask<T> task, Thread thread) {
        static <T> Call<T> start(Callable<T> call) {
            FutureTask<T> task = new FutureTask<>(call);
            Thread thread = new Thread(task, "proxy-caller");
            thread.setDaemon(true);
            thread.start();
            return new Call<>(task, thread);
        }

        T result() throws Exception {
            return task.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
