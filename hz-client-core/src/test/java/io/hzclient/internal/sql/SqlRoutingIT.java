package io.hzclient.internal.sql;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.HzMap;
import io.hzclient.sql.SqlResult;
import io.hzclient.sql.SqlStatement;
import io.hzclient.test.SqlMembers;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where statements go, on three members: once a member has said which argument is a statement's key, the statement
 * goes to that key's owner; other statements go to members at random.
 */
class SqlRoutingIT {
    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(3, SqlMembers::enable);

    @Test
    void aStatementByKeyGoesToTheKeysOwnerOnceTheMemberNamedItsKeyArgument() {
        TestCluster cluster = CLUSTER.cluster();
        try (HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build())) {
            String name = TestCluster.uniqueName("routed").replace('-', '_');
            HzMap<Integer, Integer> map = client.getMap(name);
            for (int key = 0; key < 20; key++) {
                map.put(key, key);
            }
            // the partitions settled on the three members, and the client told who owns each
            assertEventually(Duration.ofSeconds(60), () -> {
                assertThat(cluster.member(0).getPartitionService().isClusterSafe()).isTrue();
                for (int key = 0; key < 20; key++) {
                    assertThat(client.getPartitions().getPartitionOwner(client.getPartitions().getPartitionId(key)))
                            .isNotNull();
                }
            });
            ClientSqlService sql = (ClientSqlService) client.getSql();
            sql.execute("CREATE MAPPING " + name + " TYPE IMap OPTIONS ('keyFormat'='int', 'valueFormat'='int')")
                    .close();
            String byKey = "SELECT this FROM " + name + " WHERE __key = ?";
            try (SqlResult first = sql.execute(byKey, 0)) {
                assertThat(first.iterator().next().<Integer>getObject(0)).isZero();
            }

            for (int key = 0; key < 20; key++) {
                UUID owner = client.getPartitions().getPartitionOwner(client.getPartitions().getPartitionId(key)).uuid();
                assertThat(sql.memberFor(new SqlStatement(byKey).addParameter(key))).as("key " + key).isEqualTo(owner);
                try (SqlResult result = sql.execute(byKey, key)) {
                    assertThat(result.iterator().next().<Integer>getObject(0)).isEqualTo(key);
                }
            }
            Set<UUID> others = new HashSet<>();
            for (int i = 0; i < 60; i++) {
                others.add(sql.memberFor(new SqlStatement("SELECT * FROM " + name)));
            }
            assertThat(others).as("statements without a key argument spread over the members").hasSize(3);
        }
    }
}
