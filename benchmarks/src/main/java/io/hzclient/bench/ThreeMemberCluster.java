package io.hzclient.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The cluster of the three-member lines ({@code -3m}): {@link #MEMBERS} Hazelcast 5.7.0 members ({@link BenchMember}
 * with {@code --members}), each in its own JVM on 127.0.0.1, started only when the run has a {@code -3m} line and
 * stopped with the run. Ready once every member has seen the three in one cluster, safe.
 */
final class ThreeMemberCluster extends MemberJvmCluster {
    static final int MEMBERS = 3;

    private ThreeMemberCluster(Started started) {
        super(started, BenchMember.READY);
    }

    /**
     * Starts the members' JVMs and returns at once ({@link #awaitReady()} waits for them), on free ports other than
     * {@code otherPorts} (the benchmark's other members').
     */
    static ThreeMemberCluster launch(String classpath, List<String> jvmArgs, List<Integer> otherPorts, Path logDir)
            throws IOException {
        return new ThreeMemberCluster(start("bench-3m-", MEMBERS, otherPorts, classpath, BenchMember.class.getName(),
                jvmArgs, List.of("--members"), "member-3m", logDir));
    }
}
