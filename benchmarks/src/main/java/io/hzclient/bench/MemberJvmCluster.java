package io.hzclient.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A cluster of member JVMs on 127.0.0.1, on free ports, started together (without waiting) and stopped together:
 * the CP cluster ({@link CpCluster}) and the three members ({@link ThreeMemberCluster}).
 */
abstract class MemberJvmCluster implements AutoCloseable {
    final String clusterName;
    final List<String> addresses;
    private final List<Child> members;
    private final String readyLine;

    MemberJvmCluster(Started started, String readyLine) {
        this.clusterName = started.clusterName;
        this.addresses = started.addresses;
        this.members = started.members;
        this.readyLine = readyLine;
    }

    /** The cluster's name, its members' addresses and their processes. */
    record Started(String clusterName, List<String> addresses, List<Child> members) {
    }

    /**
     * Starts {@code count} member JVMs, each on a free port other than {@code otherPorts}, running
     * {@code mainClass <clusterName> <port> <argsBeforeAddresses...> <host:port,...>}, and returns at once.
     */
    static Started start(String clusterPrefix, int count, List<Integer> otherPorts, String classpath,
                         String mainClass, List<String> jvmArgs, List<String> argsBeforeAddresses, String logName,
                         Path logDir) throws IOException {
        String clusterName = clusterPrefix + UUID.randomUUID().toString().substring(0, 8);
        List<Integer> ports = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        while (ports.size() < count) {
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
                List<String> command = Bench.jvmCommand(jvmArgs, "jdk");
                command.add("-cp");
                command.add(classpath);
                command.add(mainClass);
                command.add(clusterName);
                command.add(Integer.toString(ports.get(i)));
                command.addAll(argsBeforeAddresses);
                command.add(String.join(",", addresses));
                members.add(Child.start(logName + "-" + (i + 1), command, logDir));
            }
        } catch (RuntimeException e) {
            members.forEach(Child::close);
            throw e;
        }
        return new Started(clusterName, List.copyOf(addresses), members);
    }

    /** Waits until every member has printed its ready line; closes them all if one fails. */
    void awaitReady() throws InterruptedException {
        try {
            for (Child member : members) {
                member.await(180_000, readyLine);
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
