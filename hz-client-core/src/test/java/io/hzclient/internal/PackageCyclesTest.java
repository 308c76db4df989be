package io.hzclient.internal;

import io.hzclient.HzClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The internal packages depend on each other in one direction only: no package reaches itself again through
 * others. The graph is read from the compiled classes' constant pools (see {@link ClassDependencies}).
 */
class PackageCyclesTest {
    private static final String INTERNAL = "io.hzclient.internal";

    /**
     * The cycles left, each through a codec: one class using one package against the layering. The codecs are being
     * rewritten elsewhere, so they stay for now; each entry goes once its class moves (a test below says when).
     * <ul>
     * <li>serialization -> protocol: the schema codec, its transport, and the schema service that holds a request
     * until its schemas are sent live in serialization, whose types the protocol's message writer and reader use;
     * they belong with the codecs.</li>
     * <li>nearcache -> map: the near cache's invalidation listener codec builds on the map codec, whose proxy
     * uses the near cache.</li>
     * </ul>
     */
    private static final Map<String, String> KNOWN_BACK_EDGES = Map.of(
            INTERNAL + ".serialization.SchemaCodec", INTERNAL + ".protocol",
            INTERNAL + ".serialization.ClusterSchemaTransport", INTERNAL + ".protocol",
            INTERNAL + ".serialization.SchemaService", INTERNAL + ".protocol",
            INTERNAL + ".nearcache.NearCacheInvalidationCodec", INTERNAL + ".map");

    @Test
    void noInternalPackageReachesItselfThroughOthers() {
        Map<String, Map<String, Set<String>>> graph = withoutKnownBackEdges(internalGraph());

        List<Set<String>> cycles = PackageCycles.find(packagesOnly(graph));

        assertThat(cycles).as(() -> describe(cycles, graph)).isEmpty();
    }

    @Test
    void theConnectionLayerDoesNotDependOnTheInvocationLayer() {
        Map<String, Set<String>> graph = packagesOnly(internalGraph());

        assertThat(PackageCycles.reaches(graph, INTERNAL + ".invocation", INTERNAL + ".connection"))
                .as("invocation uses connection").isTrue();
        assertThat(PackageCycles.reaches(graph, INTERNAL + ".connection", INTERNAL + ".invocation"))
                .as("connection must not reach invocation, directly or through another package; it uses: "
                        + graph.get(INTERNAL + ".connection")).isFalse();
    }

    @Test
    void theKnownBackEdgesStillExistAndExplainEveryCycleLeft() {
        Map<String, Map<String, Set<String>>> graph = internalGraph();
        KNOWN_BACK_EDGES.forEach((className, usedPackage) -> assertThat(
                graph.get(ClassDependencies.packageOf(className)).getOrDefault(usedPackage, Set.of()))
                .as("%s no longer uses %s: remove it from KNOWN_BACK_EDGES", className, usedPackage)
                .contains(className));

        // the same check on the full graph does find the cycles these edges make
        assertThat(PackageCycles.find(packagesOnly(graph))).containsExactly(
                Set.of(INTERNAL + ".map", INTERNAL + ".nearcache"),
                Set.of(INTERNAL + ".protocol", INTERNAL + ".serialization"));
    }

    @Test
    void findsTwoPackagesThatUseEachOther() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("a", "c"), "c", Set.of());

        assertThat(PackageCycles.find(graph)).containsExactly(Set.of("a", "b"));
    }

    @Test
    void findsEachCycleOfALargerGraphAndNothingElse() {
        Map<String, Set<String>> graph = Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"), // a -> b -> c -> a
                "d", Set.of("e"), "e", Set.of("f"), "f", Set.of(),         // a chain out of it
                "x", Set.of("y", "a"), "y", Set.of("x"));                  // another cycle, leading into the first

        assertThat(PackageCycles.find(graph)).containsExactly(Set.of("a", "b", "c"), Set.of("x", "y"));
        assertThat(PackageCycles.reaches(graph, "x", "f")).isTrue();
        assertThat(PackageCycles.reaches(graph, "d", "a")).isFalse();
    }

    @Test
    void aGraphWithoutCyclesHasNoneEvenWithSelfEdges() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("a", "b", "c"), "b", Set.of("c"), "c", Set.of());

        assertThat(PackageCycles.find(graph)).isEmpty();
    }

    @Test
    void theReaderSeesTypesUsedOnlyInDeclarations() throws IOException {
        Set<String> used;
        try (InputStream in = Sample.class.getResourceAsStream("PackageCyclesTest$Sample.class")) {
            used = ClassDependencies.referencedClasses(in.readAllBytes());
        }

        assertThat(used).contains(LongAdder.class.getName(), Duration.class.getName(), Supplier.class.getName(),
                Path.class.getName(), HzClient.class.getName());
    }

    /** Types that appear only in a field's type, a parameter, a generic argument, an array and a throws clause. */
    @SuppressWarnings("unused")
    private abstract static class Sample {
        private LongAdder counter;

        abstract void wait(Duration duration) throws URISyntaxException;

        abstract List<Supplier<String>> suppliers();

        abstract void paths(Path[] paths);

        abstract HzClient[][] clients();
    }

    private static Map<String, Map<String, Set<String>>> internalGraph() {
        try {
            Path classes = Path.of(HzClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertThat(Files.isDirectory(classes.resolve("io/hzclient/internal")))
                    .as("the compiled classes are a directory: %s", classes).isTrue();
            return ClassDependencies.packageGraph(classes, INTERNAL);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Map<String, Set<String>>> withoutKnownBackEdges(Map<String, Map<String, Set<String>>> graph) {
        Map<String, Map<String, Set<String>>> result = new TreeMap<>();
        graph.forEach((from, uses) -> {
            Map<String, Set<String>> kept = new TreeMap<>();
            uses.forEach((to, classes) -> {
                Set<String> left = new TreeSet<>(classes);
                left.removeIf(c -> to.equals(KNOWN_BACK_EDGES.get(c)));
                if (!left.isEmpty()) {
                    kept.put(to, left);
                }
            });
            result.put(from, kept);
        });
        return result;
    }

    private static Map<String, Set<String>> packagesOnly(Map<String, Map<String, Set<String>>> graph) {
        Map<String, Set<String>> result = new TreeMap<>();
        graph.forEach((from, uses) -> result.put(from, uses.keySet()));
        return result;
    }

    /** Each cycle with its edges and the classes behind them, for the failure message. */
    private static String describe(List<Set<String>> cycles, Map<String, Map<String, Set<String>>> graph) {
        StringBuilder sb = new StringBuilder("package cycles:");
        for (Set<String> cycle : cycles) {
            sb.append("\n  ").append(cycle);
            for (String from : cycle) {
                graph.get(from).forEach((to, classes) -> {
                    if (cycle.contains(to)) {
                        sb.append("\n    ").append(from).append(" -> ").append(to).append(" by ").append(classes);
                    }
                });
            }
        }
        return sb.toString();
    }
}
