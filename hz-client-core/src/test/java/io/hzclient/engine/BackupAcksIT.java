package io.hzclient.engine;

import io.hzclient.HzClient;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import static io.hzclient.engine.Engine.fastConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** Nothing acknowledged is lost: a put returns only once its backup is written (backup acks to the client). */
class BackupAcksIT {

    @Test
    void aPutHasItsBackupOnTheOtherMemberWhenItReturns() {
        TestCluster cluster = TestCluster.shared();
        try (HzClient client = HzClient.newClient(fastConfig(cluster).build())) {
            HzMap<Integer, String> map = client.getMap(TestCluster.uniqueName("backups"));
            for (int i = 1; i <= 60; i++) {
                map.put(i, "v" + i);
                // no waiting: the put returned, so the backup must be there already
                assertThat(backupEntries(cluster, map.getName())).as("backups after put %d", i).isEqualTo(i);
            }
            map.putAll(java.util.Map.of(1000, "a", 1001, "b", 1002, "c"));
            assertThat(backupEntries(cluster, map.getName())).isEqualTo(63);
            map.remove(1);
            assertThat(backupEntries(cluster, map.getName())).isEqualTo(62);
        }
    }

    @Test
    void withoutBackupAcksToTheClientTheMemberStillAnswersAfterItsBackups() {
        TestCluster cluster = TestCluster.shared();
        try (HzClient client = HzClient.newClient(fastConfig(cluster).backupAckToClient(false).build())) {
            HzMap<Integer, String> map = client.getMap(TestCluster.uniqueName("no-backup-acks"));
            for (int i = 1; i <= 20; i++) {
                map.put(i, "v" + i);
                assertThat(backupEntries(cluster, map.getName())).isEqualTo(i);
            }
        }
    }

    private static long backupEntries(TestCluster cluster, String map) {
        long sum = 0;
        for (int i = 0; i < 2; i++) {
            sum += cluster.member(i).getMap(map).getLocalMapStats().getBackupEntryCount();
        }
        return sum;
    }
}
