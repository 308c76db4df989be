package io.hzclient.bench;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * One of the three members of the CP lines, in its own JVM on the Hazelcast 5.4.0 jar alone (the last open-source
 * member with the CP Subsystem): {@code CpMember <clusterName> <port> <host:port,host:port,host:port>}. Listens on
 * 127.0.0.1 only, joins the listed members, three of them CP members. Prints {@link #READY} once the CP Subsystem has
 * found its members (the default group can then serve); ends when its stdin closes.
 *
 * <p>{@link CpCluster} runs it with this class file alone next to the 5.4.0 jar, so it must stay one class (no nested
 * classes, no other class of this module) and use only API that 5.4.0 has.
 */
public final class CpMember {
    static final String READY = "BENCH-CP-MEMBER-READY";
    static final int CP_MEMBERS = 3;

    private CpMember() {
    }

    public static void main(String[] args) throws Exception {
        String clusterName = args[0];
        int port = Integer.parseInt(args[1]);
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
        join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2)
                .setMembers(Arrays.asList(args[2].split(",")));
        config.getCPSubsystemConfig().setCPMemberCount(CP_MEMBERS);
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        if (!member.getCPSubsystem().getCPSubsystemManagementService()
                .awaitUntilDiscoveryCompleted(120, TimeUnit.SECONDS)) {
            System.out.println("the CP Subsystem did not find its " + CP_MEMBERS + " members within 120 s");
            System.out.flush();
            member.getLifecycleService().terminate();
            System.exit(1);
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
