package io.hzclient.test;

import com.hazelcast.config.Config;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.function.Consumer;

/**
 * One {@link TestCluster} shared by all tests of a class: started before the first test, closed after the last.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final TestClusterExtension CLUSTER = TestClusterExtension.members(2);
 *
 * &#64;Test
 * void putThenGet() {
 *     String map = TestCluster.uniqueName("map");
 *     ... CLUSTER.cluster().addresses() ...
 * }
 * </pre>
 */
public final class TestClusterExtension implements BeforeAllCallback, AfterAllCallback {
    private final int size;
    private final Consumer<Config> customizer;
    private TestCluster cluster;

    private TestClusterExtension(int size, Consumer<Config> customizer) {
        this.size = size;
        this.customizer = customizer;
    }

    public static TestClusterExtension members(int size) {
        return members(size, config -> { });
    }

    public static TestClusterExtension members(int size, Consumer<Config> customizer) {
        return new TestClusterExtension(size, customizer);
    }

    /** The running cluster; only valid inside the test class's lifecycle. */
    public TestCluster cluster() {
        if (cluster == null) {
            throw new IllegalStateException("the cluster starts before the first test; register the extension on a static field");
        }
        return cluster;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        cluster = TestCluster.start(size, customizer);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }
}
