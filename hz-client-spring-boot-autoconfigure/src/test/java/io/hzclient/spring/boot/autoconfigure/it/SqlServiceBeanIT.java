package io.hzclient.spring.boot.autoconfigure.it;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.sql.SqlResult;
import io.hzclient.sql.SqlService;
import io.hzclient.test.FreePorts;
import io.hzclient.test.MemberMain;
import io.hzclient.test.SqlMembers;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The SQL service as a bean: injected, it runs statements on a real member with Jet on. */
class SqlServiceBeanIT {
    static final String CLUSTER = TestCluster.newClusterName();
    static final int PORT = FreePorts.next();
    static HazelcastInstance member;

    @BeforeAll
    static void startMember() {
        Config config = MemberMain.memberConfig(CLUSTER, PORT, List.of("127.0.0.1:" + PORT));
        SqlMembers.enable(config);
        member = Hazelcast.newHazelcastInstance(config);
    }

    @AfterAll
    static void stopMember() {
        member.getLifecycleService().terminate();
    }

    @Test
    void theSqlServiceIsABeanThatRunsStatements() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class))
                .withPropertyValues("hz.client.cluster-name=" + CLUSTER, "hz.client.cluster-members=127.0.0.1:" + PORT)
                .run(context -> {
                    SqlService sql = context.getBean(SqlService.class);
                    try (SqlResult result = sql.execute("SELECT v FROM TABLE(generate_series(1, 3))")) {
                        assertThat(result.stream().map(r -> r.<Integer>getObject("v")).toList())
                                .containsExactly(1, 2, 3);
                    }
                });
    }
}
