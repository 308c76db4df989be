package io.hzclient.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scenario runs (a fraction of a second each, against a real member in its own JVM) and prints its line. No
 * timing is checked: numbers from a smoke run mean nothing.
 */
class BenchSmokeTest {

    @Test
    void everyScenarioPrintsOneLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> table;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            table = Bench.run(Bench.Settings.parse("--smoke"), out, System.err);
        }
        assertThat(table.get(0)).isEqualTo("scenario ours official ratio ours_p99_us official_p99_us");
        assertThat(table).hasSize(Bench.SCENARIOS.size() + 1);
        for (int i = 0; i < Bench.SCENARIOS.size(); i++) {
            String[] columns = table.get(i + 1).split(" ");
            assertThat(columns[0]).isEqualTo(Bench.SCENARIOS.get(i));
            assertThat(columns.length).as(table.get(i + 1)).isGreaterThanOrEqualTo(6);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\n", table) + "\n");
    }
}
