package io.hzclient.test;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static io.hzclient.test.Eventually.assertEventually;

/**
 * Real Hazelcast members inside the test JVM, isolated from every other cluster on the machine: a unique cluster name,
 * free loopback ports, TCP-IP join to explicit {@code 127.0.0.1:port} addresses only (see {@link MemberMain#memberConfig}).
 *
 * <pre>
 * try (TestCluster cluster = TestCluster.start(2)) {
 *     connect a client to cluster.clusterName() and cluster.addresses() ...
 *     cluster.terminateMember(0);
 * }
 * </pre>
 *
 * Members keep their index for the life of the cluster: after {@link #shutdownMember} or {@link #terminateMember}
 * index {@code i} stays dead ({@link #member} throws) until {@link #restartMember} starts a new member on its address,
 * and {@link #addMember()} takes the next index. A class that
 * shares one cluster between its tests uses {@link TestClusterExtension}; the whole test JVM can share
 * {@link #shared()}. Either way, tests use {@link #uniqueName} for their objects.
 */
public final class TestCluster implements AutoCloseable {
    private static final Duration FORM_TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicLong NAMES = new AtomicLong();
    private static TestCluster shared;

    private final String clusterName;
    private final Consumer<Config> customizer;
    private final List<Integer> ports = new ArrayList<>();
    private final List<HazelcastInstance> members = new ArrayList<>();
    private final boolean isShared;

    private TestCluster(String clusterName, Consumer<Config> customizer, boolean isShared) {
        this.clusterName = clusterName;
        this.customizer = customizer;
        this.isShared = isShared;
    }

    /** Starts {@code size} members and returns once every member sees all of them. */
    public static TestCluster start(int size) {
        return start(size, config -> { });
    }

    /**
     * Starts {@code size} members, each with the default test configuration changed by {@code customizer}
     * (e.g. {@code c -> c.getJetConfig().setEnabled(true)}), and returns once every member sees all of them.
     */
    public static TestCluster start(int size, Consumer<Config> customizer) {
        return start(size, customizer, false);
    }

    private static TestCluster start(int size, Consumer<Config> customizer, boolean isShared) {
        if (size < 1) {
            throw new IllegalArgumentException("a cluster has at least one member: " + size);
        }
        TestCluster cluster = new TestCluster(newClusterName(), customizer, isShared);
        try {
            for (int i = 0; i < size; i++) {
                cluster.startMember();
            }
            cluster.awaitSize(size);
        } catch (RuntimeException | Error e) {
            cluster.terminateAll();
            throw e;
        }
        return cluster;
    }

    /**
     * One 2-member cluster for the whole test JVM, started on first use. Its {@link #close()} does nothing (the
     * members stop with the JVM); tests must not change its membership.
     */
    public static synchronized TestCluster shared() {
        if (shared == null) {
            shared = start(2, config -> { }, true);
        }
        return shared;
    }

    /** A cluster name no other run on this machine uses. */
    public static String newClusterName() {
        return "hzc-test-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    /** {@code prefix} plus a suffix unique in this JVM and across runs, for maps, topics and other objects. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String clusterName() {
        return clusterName;
    }

    /** {@code "127.0.0.1:port"} of every running member, in index order. */
    public synchronized List<String> addresses() {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (isRunning(i)) {
                addresses.add(address(i));
            }
        }
        return addresses;
    }

    /** {@code "127.0.0.1:port"} of member {@code i}, running or not. */
    public synchronized String address(int i) {
        return "127.0.0.1:" + ports.get(i);
    }

    /** Member {@code i}; fails if it was shut down or terminated. */
    public synchronized HazelcastInstance member(int i) {
        HazelcastInstance member = members.get(i);
        if (member == null || !member.getLifecycleService().isRunning()) {
            throw new IllegalStateException("member " + i + " of " + clusterName + " is not running");
        }
        return member;
    }

    public synchronized boolean isRunning(int i) {
        HazelcastInstance member = members.get(i);
        return member != null && member.getLifecycleService().isRunning();
    }

    /** How many members run now. */
    public synchronized int size() {
        return addresses().size();
    }

    /** Starts one more member and returns once every running member sees it. Its index is the previous count. */
    public HazelcastInstance addMember() {
        return addMember(config -> { });
    }

    /**
     * Starts one more member, its configuration also changed by {@code extra} (a lite member, attributes), and
     * returns once every running member sees it.
     */
    public HazelcastInstance addMember(Consumer<Config> extra) {
        int index = startMember(extra);
        awaitSize(size());
        return member(index);
    }

    /** Graceful shutdown of member {@code i}: its partitions migrate to the others first. */
    public void shutdownMember(int i) {
        member(i).shutdown();
    }

    /** Abrupt stop of member {@code i}, like a crash: no migration, sockets closed at once. */
    public void terminateMember(int i) {
        member(i).getLifecycleService().terminate();
    }

    /**
     * Starts a new member (new UUID, empty) on the address of stopped member {@code i}, and returns once every running
     * member sees it: what a client sees when a member process restarts. With no member running, it starts a new
     * cluster of one under the same name.
     */
    public HazelcastInstance restartMember(int i) {
        if (isRunning(i)) {
            throw new IllegalStateException("member " + i + " of " + clusterName + " still runs; stop it first");
        }
        HazelcastInstance member = newMember(ports.get(i), config -> { });
        synchronized (this) {
            members.set(i, member);
        }
        awaitSize(size());
        return member;
    }

    /** Waits until every running member sees exactly {@code size} members. */
    public void awaitSize(int size) {
        assertEventually(FORM_TIMEOUT, () -> {
            List<HazelcastInstance> running = running();
            for (HazelcastInstance m : running) {
                int seen = m.getCluster().getMembers().size();
                if (seen != size) {
                    throw new AssertionError(m.getName() + " sees " + seen + " members, expected " + size);
                }
            }
        });
    }

    /** Stops every member at once (terminate: tests do not need a graceful end). No-op for {@link #shared()}. */
    @Override
    public void close() {
        if (!isShared) {
            terminateAll();
        }
    }

    private synchronized List<HazelcastInstance> running() {
        List<HazelcastInstance> running = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (isRunning(i)) {
                running.add(members.get(i));
            }
        }
        return running;
    }

    private void terminateAll() {
        for (HazelcastInstance member : running()) {
            try {
                member.getLifecycleService().terminate();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }

    /** Starts a member on a fresh free port, retrying with another port if someone took it meanwhile. */
    private int startMember() {
        return startMember(config -> { });
    }

    private int startMember(Consumer<Config> extra) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = FreePorts.next();
            try {
                HazelcastInstance member = newMember(port, extra);
                synchronized (this) {
                    ports.add(port);
                    members.add(member);
                    return members.size() - 1;
                }
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw new IllegalStateException("Could not start a member of " + clusterName, last);
    }

    private HazelcastInstance newMember(int port, Consumer<Config> extra) {
        List<String> join = new ArrayList<>(addresses());
        join.add("127.0.0.1:" + port);
        Config config = MemberMain.memberConfig(clusterName, port, join);
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setInstanceName(clusterName + "_" + port);
        customizer.accept(config);
        extra.accept(config);
        return Hazelcast.newHazelcastInstance(config);
    }

    @Override
    public String toString() {
        return "TestCluster{" + clusterName + ", " + addresses() + '}';
    }
}
