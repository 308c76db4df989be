package io.hzclient.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        assertThat(table.get(0)).isEqualTo("scenario ours official ratio ours_p99_us official_p99_us ours_cpu_us"
                + " official_cpu_us ours_member_cpu_us official_member_cpu_us ours_busy_pct official_busy_pct");
        assertThat(table).hasSize(Bench.SCENARIOS.size() + 1);
        Map<String, String[]> lines = new HashMap<>();
        for (int i = 0; i < Bench.SCENARIOS.size(); i++) {
            String[] columns = table.get(i + 1).split(" ");
            assertThat(columns[0]).isEqualTo(Bench.SCENARIOS.get(i));
            assertThat(columns.length).as(table.get(i + 1)).isGreaterThanOrEqualTo(12);
            lines.put(columns[0], columns);
        }
        // a measured line has its CPU and busy columns, a derived one "-" there
        for (String measured : List.of("sync-get-16", "sync-get-16-3m", "async-get-256-3m", "getall-100-3m",
                "app-get-1-plus-2-cpu")) {
            String[] columns = lines.get(measured);
            for (int c = 6; c < 12; c++) {
                double value = Double.parseDouble(columns[c]);
                if (c == 8 || c == 9) {
                    // the members' CPU is counted in ticks of 10 ms: in a smoke run's fraction of a second, maybe 0
                    assertThat(value).as(measured + " column " + c).isGreaterThanOrEqualTo(0);
                } else {
                    assertThat(value).as(measured + " column " + c).isGreaterThan(0);
                }
            }
        }
        for (String derived : List.of("alloc-get", "start-ms", "sync-get-1-vs-floor", "app-cpu-work-1-plus-2")) {
            assertThat(Arrays.copyOfRange(lines.get(derived), 6, 12)).as(derived).containsOnly("-");
        }
        // the app line's CPU-bound threads did work on both sides
        assertThat(Double.parseDouble(lines.get("app-cpu-work-1-plus-2")[1])).isGreaterThan(0);
        assertThat(Double.parseDouble(lines.get("app-cpu-work-1-plus-2")[2])).isGreaterThan(0);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\n", table) + "\n");
    }
}
