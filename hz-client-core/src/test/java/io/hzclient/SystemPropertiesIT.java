package io.hzclient;

import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client changes no JVM-wide system property. Its classes (and Netty's) run their static initializers once per
 * class loader, and other tests in this JVM loaded them already: so the client here is loaded afresh, in a class
 * loader of its own, and started, used and shut down through reflection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SystemPropertiesIT {
    private TestCluster cluster;

    @BeforeAll
    void start() {
        cluster = TestCluster.start(1);
    }

    @AfterAll
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aClientLoadedStartedUsedAndShutDownLeavesTheSystemPropertiesAsTheyWere() throws Exception {
        Map<Object, Object> before = new HashMap<>(System.getProperties());
        try (URLClassLoader fresh = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
            Class<?> clientType = Class.forName("io.hzclient.HzClient", true, fresh);
            assertThat(clientType.getClassLoader()).isSameAs(fresh);
            Class<?> configType = Class.forName("io.hzclient.config.ClientConfig", true, fresh);
            Object builder = configType.getMethod("builder").invoke(null);
            builder = builder.getClass().getMethod("clusterName", String.class).invoke(builder, cluster.clusterName());
            builder = builder.getClass().getMethod("addresses", java.util.Collection.class).invoke(builder, cluster.addresses());
            Object config = builder.getClass().getMethod("build").invoke(builder);
            Object client = clientType.getMethod("newClient", configType).invoke(null, config);
            try {
                Object map = clientType.getMethod("getMap", String.class).invoke(client, TestCluster.uniqueName("m"));
                Class<?> mapType = Class.forName("io.hzclient.map.HzMap", true, fresh);
                mapType.getMethod("put", Object.class, Object.class).invoke(map, "k", "v");
                assertThat(mapType.getMethod("get", Object.class).invoke(map, "k")).isEqualTo("v");
                assertThat(new HashMap<>(System.getProperties())).isEqualTo(before);
            } finally {
                clientType.getMethod("shutdown").invoke(client);
            }
        }
        assertThat(new HashMap<>(System.getProperties())).isEqualTo(before);
    }

    private static URL[] classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(p -> {
            try {
                return new File(p).toURI().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(URL[]::new);
    }
}
