package io.hzclient.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The serialization benchmark runs and prints its three lines; it fails by itself if the two services' bytes differ. */
class SerializationBenchSmokeTest {

    @Test
    void printsSerializeDeserializeAndBytesLines() {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            SerializationBench.main(new String[] {"0.01"});
        } finally {
            System.setOut(original);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).trim().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("serialize-record ");
        assertThat(lines[2]).startsWith("deserialize-record ");
        assertThat(lines[3]).startsWith("bytes-record 102 102 1.00");
    }
}
