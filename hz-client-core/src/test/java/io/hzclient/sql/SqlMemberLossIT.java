package io.hzclient.sql;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.SqlMembers;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The member running a query is killed while its rows are being read: the reader gets an {@link SqlException}
 * saying the member cannot be reached, never a result that silently ends early.
 */
class SqlMemberLossIT {
    private static final int ENTRIES = 2_000;

    @Test
    void losingTheQuerysMemberEndsItWithAClearError() {
        try (TestCluster cluster = TestCluster.start(2, SqlMembers::enable);
             // one connection, to member 0: the query runs there
             HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                     .addresses(cluster.address(0)).smartRouting(false).build())) {
            String name = TestCluster.uniqueName("lost").replace('-', '_');
            HzMap<Integer, Integer> map = client.getMap(name);
            Map<Integer, Integer> all = new HashMap<>();
            for (int i = 0; i < ENTRIES; i++) {
                all.put(i, i);
            }
            map.putAll(all);
            client.getSql().execute("CREATE MAPPING " + name + " TYPE IMap OPTIONS ('keyFormat'='int',"
                    + " 'valueFormat'='int')").close();

            SqlResult result = client.getSql().execute(new SqlStatement("SELECT __key FROM " + name)
                    .setCursorBufferSize(100));
            Iterator<SqlRow> rows = result.iterator();
            int read = 0;
            while (read < 50) {
                rows.next();
                read++;
            }
            cluster.terminateMember(0);

            int[] more = {0};
            assertThatThrownBy(() -> {
                while (rows.hasNext()) {
                    rows.next();
                    more[0]++;
                }
            }).isInstanceOfSatisfying(SqlException.class,
                    e -> assertThat(e.getCode()).as(e + " caused by " + e.getCause()).isEqualTo(SqlException.CONNECTION_PROBLEM))
                    .hasMessageContaining("cannot be reached");
            assertThat(read + more[0]).as("rows read before the error").isLessThan(ENTRIES);
            result.close();
        }
    }
}
