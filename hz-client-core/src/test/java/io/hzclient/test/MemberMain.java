package io.hzclient.test;

import com.hazelcast.config.Config;
import com.hazelcast.config.cp.CPSubsystemConfig;
import com.hazelcast.config.cp.SemaphoreConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The main class of a member in its own JVM (see {@link SeparateJvmMember}), and the one place where test members
 * get their configuration ({@link #memberConfig}). It runs against any Hazelcast 5.x jar, so it uses only API that
 * 5.0 already had.
 *
 * <p>Arguments: {@code --cluster NAME --port PORT --members host:port,host:port [--cp-members N]
 * [--cp-session-ttl SECONDS] [--cp-session-heartbeat SECONDS] [--cp-jdk-semaphore NAME]... [--jet]
 * [--property key=value]...}. Prints {@value #READY} followed by {@code uuid=<member uuid>} once the member runs.
 * Reading "shutdown" on stdin shuts the member down gracefully; "cluster-safe" prints {@value #CLUSTER_SAFE} and
 * whether every partition's backups are in sync; the end of stdin (the test JVM died) terminates it, so no member
 * outlives its test run.
 */
public final class MemberMain {
    public static final String READY = "HZ-MEMBER-READY";
    /** Printed with {@code true} or {@code false} after each "cluster-safe" line read on stdin. */
    public static final String CLUSTER_SAFE = "HZ-CLUSTER-SAFE";

    private MemberMain() {
    }

    /**
     * A fast-starting, isolated member configuration: the given cluster name, {@code 127.0.0.1:port} without port
     * auto-increment, TCP-IP join to exactly {@code members} (multicast and auto-detection off), no phone-home, no
     * join wait, short heartbeat and merge delays.
     */
    public static Config memberConfig(String clusterName, int port, List<String> members) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.max.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "15");
        config.setProperty("hazelcast.client.max.no.heartbeat.seconds", "20");
        config.setProperty("hazelcast.merge.first.run.delay.seconds", "5");
        config.setProperty("hazelcast.merge.next.run.delay.seconds", "5");
        config.setProperty("hazelcast.graceful.shutdown.max.wait", "30");
        config.setProperty("hazelcast.health.monitoring.level", "OFF");

        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port);
        network.setPortAutoIncrement(false);
        network.setReuseAddress(true);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2).setMembers(new ArrayList<>(members));
        return config;
    }

    /**
     * A cluster of one member in this JVM, on {@code 127.0.0.1:port}, logging through SLF4J, named so that it can be
     * found again by {@code clusterName_port}; {@code extra} sets member properties on top of {@link #memberConfig}.
     */
    public static HazelcastInstance startInThisJvm(String clusterName, int port, Map<String, String> extra) {
        Config config = memberConfig(clusterName, port, List.of("127.0.0.1:" + port));
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setInstanceName(clusterName + "_" + port);
        extra.forEach(config::setProperty);
        return Hazelcast.newHazelcastInstance(config);
    }

    public static void main(String[] args) throws Exception {
        String cluster = null;
        int port = -1;
        List<String> members = new ArrayList<>();
        int cpMembers = 0;
        int cpSessionTtl = 0;
        int cpSessionHeartbeat = 0;
        List<String> jdkSemaphores = new ArrayList<>();
        boolean jet = false;
        List<String[]> properties = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cluster" -> cluster = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--members" -> members.addAll(Arrays.asList(args[++i].split(",")));
                case "--cp-members" -> cpMembers = Integer.parseInt(args[++i]);
                case "--cp-session-ttl" -> cpSessionTtl = Integer.parseInt(args[++i]);
                case "--cp-session-heartbeat" -> cpSessionHeartbeat = Integer.parseInt(args[++i]);
                case "--cp-jdk-semaphore" -> jdkSemaphores.add(args[++i]);
                case "--jet" -> jet = true;
                case "--property" -> properties.add(args[++i].split("=", 2));
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        if (cluster == null || port < 0) {
            throw new IllegalArgumentException("--cluster and --port are required");
        }
        String self = "127.0.0.1:" + port;
        if (!members.contains(self)) {
            members.add(self);
        }
        Config config = memberConfig(cluster, port, members);
        if (cpMembers > 0) {
            CPSubsystemConfig cp = config.getCPSubsystemConfig().setCPMemberCount(cpMembers);
            if (cpSessionTtl > 0) {
                cp.setSessionTimeToLiveSeconds(cpSessionTtl);
            }
            if (cpSessionHeartbeat > 0) {
                cp.setSessionHeartbeatIntervalSeconds(cpSessionHeartbeat);
            }
            for (String name : jdkSemaphores) {
                cp.addSemaphoreConfig(new SemaphoreConfig(name, true, 0));
            }
        }
        if (jet) {
            config.getJetConfig().setEnabled(true);
        }
        for (String[] p : properties) {
            config.setProperty(p[0], p.length > 1 ? p[1] : "");
        }
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        System.out.println(READY + " uuid=" + member.getCluster().getLocalMember().getUuid());
        System.out.flush();
        watchStdin(member);
    }

    private static void watchStdin(HazelcastInstance member) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.trim().equals("shutdown")) {
                    member.shutdown();
                    System.exit(0);
                } else if (line.trim().equals("cluster-safe")) {
                    System.out.println(CLUSTER_SAFE + " " + member.getPartitionService().isClusterSafe());
                    System.out.flush();
                }
            }
        } catch (Exception ignored) {
            // treated as the end of stdin
        }
        member.getLifecycleService().terminate();
        System.exit(0);
    }
}
