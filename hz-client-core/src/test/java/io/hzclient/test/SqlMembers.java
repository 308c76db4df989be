package io.hzclient.test;

import com.hazelcast.config.Config;

/** Members that answer SQL: the hazelcast-sql module is on the test classpath, and Jet must be on. */
public final class SqlMembers {
    private SqlMembers() {
    }

    /** Turns on what SQL needs in a member's configuration. */
    public static void enable(Config config) {
        config.getJetConfig().setEnabled(true);
    }
}
