package io.hzclient.internal.serialization;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.hazelcast.core.HazelcastJsonValue;
import io.hzclient.JsonValue;
import io.hzclient.config.SerializationConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Jackson mode: POJOs as queryable JSON (-130) that read back as their class, and only trusted classes. */
class JsonModeTest {
    private final ObjectMapper mapper = JsonMapper.builder().build();

    record Person(String name, int age, List<String> tags) {
    }

    public static final class Untrusted {
        public String command;
    }

    @Test
    void pojosAreJsonTheMemberReadsAndTheyComeBackAsTheirClass() {
        DefaultSerializationService json = new DefaultSerializationService(SerializationConfig.builder()
                .json(mapper).build());
        Person p = new Person("Zoë", 31, List.of("a"));

        Data data = json.toData(p);

        assertThat(data.type()).isEqualTo(TypeIds.JSON);
        HazelcastJsonValue memberView = MemberSerialization.read(data.toByteArray());
        assertThat(memberView.getValue()).contains("\"name\":\"Zoë\"").contains("\"age\":31")
                .contains("\"@type\":\"" + Person.class.getName() + "\"");
        assertThat((Object) json.toObject(data)).isEqualTo(p);
    }

    @Test
    void jsonWithoutATrustedTypeReadsAsAJsonValue() {
        DefaultSerializationService json = new DefaultSerializationService(SerializationConfig.builder()
                .json(mapper, Person.class).build());
        String plain = "{\"name\":\"doc\"}";
        String forged = "{\"@type\":\"" + Untrusted.class.getName() + "\",\"command\":\"rm -rf\"}";

        Object fromPlain = json.toObject(Data.of(MemberSerialization.bytes(new HazelcastJsonValue(plain))));
        Object fromForged = json.toObject(Data.of(MemberSerialization.bytes(new HazelcastJsonValue(forged))));

        assertThat(fromPlain).isEqualTo(JsonValue.of(plain));
        assertThat(fromForged).isEqualTo(JsonValue.of(forged));
    }

    @Test
    void withTypesListedOnlyThoseAreJsonAndOthersStayCompact() {
        DefaultSerializationService json = new DefaultSerializationService(SerializationConfig.builder()
                .json(mapper, Person.class).build());

        assertThat(json.toData(new Person("a", 1, List.of())).type()).isEqualTo(TypeIds.JSON);
        assertThat(json.toData(new CompactTest.Inner("x", 1)).type()).isEqualTo(TypeIds.COMPACT);
        assertThat(json.toData(JsonValue.of("[1]")).type()).isEqualTo(TypeIds.JSON);
        assertThat((Object) json.toObject(json.toData(JsonValue.of("[1]")))).isEqualTo(JsonValue.of("[1]"));
    }
}
