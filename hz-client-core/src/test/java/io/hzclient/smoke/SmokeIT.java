package io.hzclient.smoke;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.HzMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeIT {
    @Test
    void putGet() {
        Config c = new Config();
        c.setClusterName("smoke-" + System.nanoTime());
        c.getNetworkConfig().setPort(15701);
        c.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        c.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        HazelcastInstance m = Hazelcast.newHazelcastInstance(c);
        try (HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(c.getClusterName())
                .addresses("127.0.0.1:15701").build())) {
            HzMap<String, String> map = client.getMap("m");
            map.put("a", "b");
            assertThat(map.get("a")).isEqualTo("b");
            assertThat(m.getMap("m").get("a")).isEqualTo("b");
        } finally {
            m.shutdown();
        }
    }
}
