package io.hzclient.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Several {@link SeparateJvmMember}s forming one cluster, e.g. three 5.4.0 members with the CP Subsystem on:
 *
 * <pre>
 * try (SeparateJvmCluster cp = SeparateJvmCluster.start(3,
 *         b -> b.hazelcastJar(SeparateJvmMember.memberJar("5.4.0")).cpMembers(3))) {
 *     ... cp.clusterName(), cp.addresses() ...
 * }
 * </pre>
 *
 * Every member is told every address up front, so they find each other whatever the start order.
 */
public final class SeparateJvmCluster implements AutoCloseable {
    private final String clusterName;
    private final List<SeparateJvmMember> members = new ArrayList<>();

    private SeparateJvmCluster(String clusterName) {
        this.clusterName = clusterName;
    }

    /** Starts {@code size} members one after the other, each set up by {@code customizer}. */
    public static SeparateJvmCluster start(int size, Consumer<SeparateJvmMember.Builder> customizer) {
        SeparateJvmCluster cluster = new SeparateJvmCluster(TestCluster.newClusterName());
        List<Integer> ports = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int port = FreePorts.next();
            ports.add(port);
            addresses.add("127.0.0.1:" + port);
        }
        try {
            for (int port : ports) {
                SeparateJvmMember.Builder builder = SeparateJvmMember.builder(cluster.clusterName)
                        .port(port)
                        .members(addresses);
                customizer.accept(builder);
                cluster.members.add(builder.start());
            }
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    public String clusterName() {
        return clusterName;
    }

    /** {@code "127.0.0.1:port"} of every member, running or not, in start order. */
    public List<String> addresses() {
        return members.stream().map(SeparateJvmMember::address).toList();
    }

    public SeparateJvmMember member(int i) {
        return members.get(i);
    }

    public int size() {
        return members.size();
    }

    /** The member with this UUID (as the client's member list gives it). */
    public SeparateJvmMember member(java.util.UUID uuid) {
        return members.stream().filter(m -> m.uuid().equals(uuid.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no member of the cluster has the UUID " + uuid));
    }

    /** Kills every member. */
    @Override
    public void close() {
        members.forEach(SeparateJvmMember::close);
    }
}
