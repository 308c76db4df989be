package io.hzclient.internal;

import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring packages of the starter ({@code io.hzclient.spring.*}: the auto-configuration and its sub-packages by
 * concern, the annotations, transactions, integration) depend on each other in one direction only, as
 * {@code PackageCyclesTest} checks for the client's internal packages; and no concern's sub-package uses another's.
 * It lives in {@code io.hzclient.internal} to reuse the class-file reader of hz-client-core's tests.
 */
class SpringPackageCyclesTest {
    private static final String SPRING = "io.hzclient.spring";
    private static final String AUTOCONFIGURE = "io.hzclient.spring.boot.autoconfigure";

    @Test
    void noSpringPackageReachesItselfThroughOthers() {
        Map<String, Map<String, Set<String>>> graph = springGraph();
        assertThat(graph).as("the graph was read").containsKeys(AUTOCONFIGURE, AUTOCONFIGURE + ".beans");

        List<Set<String>> cycles = PackageCycles.find(packagesOnly(graph));

        assertThat(cycles).as(() -> "cycles: " + cycles + " in " + graph).isEmpty();
    }

    @Test
    void theSubPackagesOfTheAutoConfigurationUseOnlyTheirParent() {
        springGraph().forEach((from, uses) -> {
            if (from.startsWith(AUTOCONFIGURE + ".")) {
                uses.forEach((to, classes) -> assertThat(to.startsWith(AUTOCONFIGURE + "."))
                        .as("%s uses %s by %s", from, to, classes).isFalse());
            }
        });
        assertThat(springGraph().get(AUTOCONFIGURE)).as("the parent uses none of its sub-packages")
                .isEmpty();
    }

    private static Map<String, Map<String, Set<String>>> springGraph() {
        try {
            Path classes = Path.of(HzClientAutoConfiguration.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            assertThat(Files.isDirectory(classes.resolve("io/hzclient/spring")))
                    .as("the compiled classes are a directory: %s", classes).isTrue();
            return ClassDependencies.packageGraph(classes, SPRING);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Set<String>> packagesOnly(Map<String, Map<String, Set<String>>> graph) {
        Map<String, Set<String>> result = new TreeMap<>();
        graph.forEach((from, uses) -> result.put(from, uses.keySet()));
        return result;
    }
}
