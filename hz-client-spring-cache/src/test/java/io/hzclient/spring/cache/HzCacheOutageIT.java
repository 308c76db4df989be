package io.hzclient.spring.cache;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.hzclient.ClientOfflineException;
import io.hzclient.HzClient;
import io.hzclient.test.FreePorts;
import io.hzclient.test.MemberMain;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import java.time.Duration;
import java.util.List;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cluster goes away and comes back while a Spring application keeps answering. */
class HzCacheOutageIT {
    private final String clusterName = TestCluster.newClusterName();
    private final int port = FreePorts.next();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger managerLogger = (Logger) LoggerFactory.getLogger(HzCacheManager.class);
    private HazelcastInstance member;
    private AnnotationConfigApplicationContext app;

    private HazelcastInstance startMember() {
        String address = "127.0.0.1:" + port;
        return Hazelcast.newHazelcastInstance(MemberMain.memberConfig(clusterName, port, List.of(address)));
    }

    @AfterEach
    void stop() {
        managerLogger.detachAppender(log);
        if (app != null) {
            app.close();
        }
        if (member != null && member.getLifecycleService().isRunning()) {
            member.getLifecycleService().terminate();
        }
    }

    @Test
    void whileTheClusterIsDownReadsFallThroughToTheMethodAndCachingResumesWhenItIsBack() throws Exception {
        member = startMember();
        app = CacheTestContexts.start(clusterName, List.of("127.0.0.1:" + port));
        BookService books = app.getBean(BookService.class);
        HzClient client = app.getBean(HzClient.class);
        log.start();
        managerLogger.addAppender(log);

        books.find("a");
        books.find("a");
        assertThat(books.runs("find")).isEqualTo(1);

        log.list.clear();
        member.getLifecycleService().terminate();
        assertEventually(Duration.ofSeconds(30), () -> assertThat(client.isConnected()).isFalse());

        for (int i = 0; i < 5; i++) {
            assertThat(books.find("a")).isEqualTo("book-a");
        }
        assertThat(books.runs("find")).isEqualTo(6);
        assertThat(books.future("f").join()).isEqualTo("future-f");
        assertThat(books.mono("m").block()).isEqualTo("mono-m");
        assertThat(books.slow("s")).isEqualTo("slow-s");
        assertThat(warnings()).as("one warning per outage").hasSize(1);
        // evictions are not skipped by default: a lost eviction could serve stale data once the cluster is back
        assertThatThrownBy(books::evictAll).isInstanceOf(ClientOfflineException.class);

        member = startMember();
        assertEventually(Duration.ofSeconds(60), () -> assertThat(client.isConnected()).isTrue());
        books.find("b");
        books.find("b");
        assertThat(books.runs("find")).isEqualTo(7);
        assertThat(client.getMap("books").get("b")).isEqualTo("book-b");
        assertThat(events()).anyMatch(e -> e.getLevel() == Level.INFO
                && e.getFormattedMessage().contains("reachable again"));
    }

    private List<ILoggingEvent> warnings() {
        return events().stream().filter(e -> e.getLevel() == Level.WARN).toList();
    }

    /** A copy taken under the appender's lock: the client's threads may still be logging. */
    private List<ILoggingEvent> events() {
        synchronized (log) {
            return List.copyOf(log.list);
        }
    }
}
