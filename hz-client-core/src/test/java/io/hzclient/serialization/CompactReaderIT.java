package io.hzclient.serialization;

import io.hzclient.HzClient;
import io.hzclient.SerializationException;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.SerializationConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a {@link CompactReader} does with fields the data does not have, as its Javadoc says: through a real member,
 * a value written by one serializer is read by a serializer that reads other fields.
 */
class CompactReaderIT {

    record Note(String text) {
    }

    @Test
    void aMissingFieldIsNotAvailableAndReadingItOrAnotherKindFails() {
        TestCluster cluster = TestCluster.shared();
        Function<CompactReader, Note> missing = r -> new Note(r.readString("absent"));
        Function<CompactReader, Note> wrongKind = r -> new Note(String.valueOf(r.readInt32("text")));
        Function<CompactReader, Note> checked = r -> new Note(
                r.getFieldKind("absent") == FieldKind.NOT_AVAILABLE ? "kind " + r.getFieldKind("text") : "?");
        String name = TestCluster.uniqueName("compact");
        try (HzClient writer = client(cluster, r -> new Note(r.readString("text")));
             HzClient readsMissing = client(cluster, missing);
             HzClient readsWrongKind = client(cluster, wrongKind);
             HzClient checks = client(cluster, checked)) {
            writer.<String, Note>getMap(name).put("k", new Note("hello"));

            HzMap<String, Note> a = readsMissing.getMap(name);
            assertThatThrownBy(() -> a.get("k")).isInstanceOf(SerializationException.class)
                    .hasMessageContaining("'absent'");
            HzMap<String, Note> b = readsWrongKind.getMap(name);
            assertThatThrownBy(() -> b.get("k")).isInstanceOf(SerializationException.class)
                    .hasMessageContaining("'text'").hasMessageContaining("STRING");
            assertThat(checks.<String, Note>getMap(name).get("k")).isEqualTo(new Note("kind STRING"));
        }
    }

    private static HzClient client(TestCluster cluster, Function<CompactReader, Note> read) {
        return HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses())
                .serialization(SerializationConfig.builder().compactSerializer(new CompactSerializer<Note>() {
                    @Override
                    public Class<Note> getCompactClass() {
                        return Note.class;
                    }

                    @Override
                    public String getTypeName() {
                        return "note";
                    }

                    @Override
                    public void write(CompactWriter writer, Note value) {
                        writer.writeString("text", value.text());
                    }

                    @Override
                    public Note read(CompactReader reader) {
                        return read.apply(reader);
                    }
                }).build())
                .build());
    }
}
