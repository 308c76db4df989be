package io.hzclient.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The cluster of the three-member lines ({@code -3m}): {@link #MEMBERS} Hazelcast 5.7.0 members ({@link BenchMember}
 * with {@code --members}), each in its own JVM on 127.0.0.1, started only when the run has a {@code -3m} line and
 * stopped with the run.
 */
final class ThreeMemberCluster implements AutoCloseable {
    static final int MEMBERS = 3;

    final String clusterName;
    final List<String> addresses;
    private final List<Child> members;

    private ThreeMemberCluster(String clusterName, List<String> addresses, List<Child> members) {
        this.clusterName = clusterName;
        this.addresses = addresses;
        this.members = members;
    }

    /**
     * Starts the members' JVMs and returns at once ({@link #awaitReady()} waits for them), on free ports other than
     * {@code otherPorts} (the benchmark's other members').
     */
    static ThreeMemberCluster launch(String classpath, List<String> jvmArgs, List<Integer> otherPorts, Path logDir)
            throws IOException {
        String clusterName = "bench-3m-" + UUID.randomUUID().toString().substring(0, 8);
        List<Integer> ports = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        while (ports.size() < MEMBERS) {
            int port = Bench.freePort();
            if (otherPorts.contains(port) || ports.contains(port)) {
                continue;
            }
            ports.add(port);
            addresses.add("127.0.0.1:" + port);
        }
        List<Child> members = new ArrayList<>();
        try {
            for (int i = 0; i < ports.size(); i++) {
                List<String> command = new ArrayList<>();
                command.add(Bench.java());
                command.addAll(jvmArgs);
                command.add("-Djava.net.preferIPv4Stack=true");
                command.add("-Dhazelcast.phone.home.enabled=false");
                command.add("-Dhazelcast.logging.type=jdk");
                command.addAll(Bench.ADD_OPENS);
                command.add("-cp");
                command.add(classpath);
                command.add(BenchMember.class.getName());
                command.add(clusterName);
                command.add(Integer.toString(ports.get(i)));
                command.add("--members");
                command.add(String.join(",", addresses));
                members.add(Child.start("member-3m-" + (i + 1), command, logDir));
            }
        } catch (RuntimeException e) {
            members.forEach(Child::close);
            throw e;
        }
        return new ThreeMemberCluster(clusterName, List.copyOf(addresses), members);
    }

    /** Waits until every member has seen the three in one cluster, safe; closes them all if one fails. */
    void awaitReady() throws InterruptedException {
        try {
            for (Child member : members) {
                member.await(180_000, BenchMember.READY);
            }
        } catch (RuntimeException | InterruptedException e) {
            close();
            throw e;
        }
    }

    /** User + system CPU time of all the members so far, in clock ticks; -1 if unknown. */
    long cpuTicks() {
        long sum = 0;
        for (Child member : members) {
            long ticks = member.cpuTicks();
            if (ticks < 0) {
                return -1;
            }
            sum += ticks;
        }
        return sum;
    }

    /** {@code host:port,host:port,...}. */
    String addressList() {
        return String.join(",", addresses);
    }

    /** Stops every member (each ends when its stdin closes). */
    @Override
    public void close() {
        members.forEach(Child::close);
    }
}
