package io.hzclient.bench;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The member of a benchmark run, in its own JVM: {@code BenchMember <clusterName> <port> [sql]} ({@code sql}: Jet on, and
 * the query map mapped for SQL). Listens on 127.0.0.1 only,
 * joins nobody (TCP-IP join to itself), no phone-home. Prints {@link #READY} once it serves; ends when its stdin
 * closes, so it never outlives the benchmark.
 *
 * <p>{@code BenchMember <clusterName> <port> --members <host:port,...>}: one member of the three-member lines'
 * cluster ({@link ThreeMemberCluster}): the same configuration, but a TCP-IP join to the listed members, no maps
 * filled (the clients fill theirs), and {@link #READY} only once all the listed members are in the cluster and no
 * partition is migrating.
 */
public final class BenchMember {
    static final String READY = "BENCH-MEMBER-READY";

    private BenchMember() {
    }

    /**
     * The maps the near-cache scenarios read, filled here: a client that wrote them itself would have its near cache
     * invalidated by its own writes, at times of the member's choosing (invalidations travel in batches).
     */
    private static void fillNearCachedMaps(HazelcastInstance member) {
        byte[] value = Worker.value();
        for (String kind : List.of("ours", "official")) {
            fill(member.getMap(Worker.HOT_MAP + kind), Worker.HOT_KEYS, value);
            fill(member.getMap(Worker.HEAP_MAP + kind), Worker.HEAP_ENTRIES, value);
        }
    }

    private static void fill(IMap<Integer, byte[]> map, int entries, byte[] value) {
        Map<Integer, byte[]> chunk = new HashMap<>();
        for (int i = 0; i < entries; i++) {
            chunk.put(i, value);
            if (chunk.size() == 1000 || i == entries - 1) {
                map.putAll(chunk);
                chunk.clear();
            }
        }
    }

    /** Waits (at most two minutes) until the cluster has {@code size} members and is safe (no migration left). */
    private static void awaitCluster(HazelcastInstance member, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (member.getCluster().getMembers().size() < size || !member.getPartitionService().isClusterSafe()) {
            if (System.nanoTime() > deadline) {
                System.out.println("the cluster did not reach " + size + " members, safe, within 120 s: "
                        + member.getCluster().getMembers());
                System.out.flush();
                member.getLifecycleService().terminate();
                System.exit(1);
            }
            Thread.sleep(100);
        }
    }

    public static void main(String[] args) throws Exception {
        String clusterName = args[0];
        int port = Integer.parseInt(args[1]);
        List<String> members = args.length > 3 && args[2].equals("--members") ? List.of(args[3].split(","))
                : List.of("127.0.0.1:" + port);
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.max.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.health.monitoring.level", "OFF");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2).setMembers(members);
        QueryBench.configure(config);
        boolean sql = args.length > 2 && args[2].equals("sql");
        config.getJetConfig().setEnabled(sql);
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        if (members.size() > 1) {
            awaitCluster(member, members.size());
        } else {
            fillNearCachedMaps(member);
            QueryBench.fill(member);
        }
        if (sql) {
            member.getSql().execute(QueryBench.SQL_MAPPING).close();
        }
        System.out.println(READY);
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            // wait for the end of stdin: the benchmark is done or died
        }
        member.getLifecycleService().terminate();
        System.exit(0);
    }
}
