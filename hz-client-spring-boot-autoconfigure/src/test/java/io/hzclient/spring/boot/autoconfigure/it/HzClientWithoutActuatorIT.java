package io.hzclient.spring.boot.autoconfigure.it;

import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with the starter's auto-configurations on a class path without Micrometer (micrometer-core), the
 * health classes or the actuator (their jars are taken off this test's class path, in a JVM of its own), against a
 * real member: the client connects and its map bean and the cache manager work.
 */
class HzClientWithoutActuatorIT {
    static final TestCluster CLUSTER = TestCluster.start(1);
    /** The jars an application of the starter need not have (docker-compose: an optional part, which needs Docker). */
    static final List<String> LEFT_OUT = List.of("micrometer-core", "spring-boot-health", "spring-boot-actuator",
            "spring-boot-micrometer", "micrometer-registry", "spring-boot-docker-compose");

    @AfterAll
    static void stop() {
        CLUSTER.close();
    }

    @Test
    void theApplicationStartsAndWorksWithoutThem() throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> LEFT_OUT.stream().noneMatch(entry::contains))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(classPath).doesNotContain("micrometer-core").contains("hz-client");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", classPath, NoActuatorApp.class.getName(),
                CLUSTER.clusterName(), CLUSTER.address(0)).redirectErrorStream(true).start();
        String output;
        boolean exited;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            exited = process.waitFor(120, TimeUnit.SECONDS);
        } finally {
            process.destroyForcibly();
        }
        assertThat(exited).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("connected=true", "map=v", "cache=computed once", "micrometer=absent",
                "health=absent", "metricsBean=false", "healthBean=false");
        assertThat(CLUSTER.member(0).getMap("orders").get("k")).isEqualTo("v");
    }
}
