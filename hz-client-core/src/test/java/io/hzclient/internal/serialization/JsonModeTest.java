package io.hzclient.internal.serialization;

import com.hazelcast.core.HazelcastJsonValue;
import io.hzclient.JsonValue;
import io.hzclient.SerializationException;
import io.hzclient.config.SerializationConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * JSON mode: POJOs as queryable JSON (-130) that read back as their class, and only trusted classes; the same on
 * Jackson 3 and Jackson 2, and the library chosen by what is on the classpath.
 */
class JsonModeTest {

    /** The ways to turn JSON mode on: a Jackson 3 mapper, a Jackson 2 mapper, or none (chosen at start). */
    enum Mode {
        JACKSON_3(b -> b.jsonMapper(tools.jackson.databind.json.JsonMapper.builder().build())),
        JACKSON_2(b -> b.jackson2JsonMapper(com.fasterxml.jackson.databind.json.JsonMapper.builder().build())),
        DEFAULT(b -> b);

        private final UnaryOperator<SerializationConfig.Builder> mapper;

        Mode(UnaryOperator<SerializationConfig.Builder> mapper) {
            this.mapper = mapper;
        }

        DefaultSerializationService service(Class<?>... types) {
            return new DefaultSerializationService(mapper.apply(SerializationConfig.builder().json(types)).build());
        }
    }

    record Person(String name, int age, List<String> tags) {
    }

    public static final class Untrusted {
        public String command;
    }

    /** Declares its fields out of alphabetical order, so a sorting mapper would change the bytes. */
    record Order(String zone, int amount, String article) {
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void pojosAreJsonTheMemberReadsAndTheyComeBackAsTheirClass(Mode mode) {
        DefaultSerializationService json = mode.service();
        Person p = new Person("Zoë", 31, List.of("a"));

        Data data = json.toData(p);

        assertThat(data.type()).isEqualTo(TypeIds.JSON);
        HazelcastJsonValue memberView = MemberSerialization.read(data.toByteArray());
        assertThat(memberView.getValue()).contains("\"name\":\"Zoë\"").contains("\"age\":31")
                .contains("\"@type\":\"" + Person.class.getName() + "\"");
        assertThat((Object) json.toObject(data)).isEqualTo(p);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void jsonWithoutATrustedTypeReadsAsAJsonValue(Mode mode) {
        DefaultSerializationService json = mode.service(Person.class);
        String plain = "{\"name\":\"doc\"}";
        String forged = "{\"@type\":\"" + Untrusted.class.getName() + "\",\"command\":\"rm -rf\"}";
        String notJson = "{not json";

        Object fromPlain = json.toObject(Data.of(MemberSerialization.bytes(new HazelcastJsonValue(plain))));
        Object fromForged = json.toObject(Data.of(MemberSerialization.bytes(new HazelcastJsonValue(forged))));
        Object fromNotJson = json.toObject(Data.of(MemberSerialization.bytes(new HazelcastJsonValue(notJson))));

        assertThat(fromPlain).isEqualTo(JsonValue.of(plain));
        assertThat(fromForged).isEqualTo(JsonValue.of(forged));
        assertThat(fromNotJson).isEqualTo(JsonValue.of(notJson));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void withTypesListedOnlyThoseAreJsonAndOthersStayCompact(Mode mode) {
        DefaultSerializationService json = mode.service(Person.class);

        assertThat(json.toData(new Person("a", 1, List.of())).type()).isEqualTo(TypeIds.JSON);
        assertThat(json.toData(new CompactTest.Inner("x", 1)).type()).isEqualTo(TypeIds.COMPACT);
        assertThat(json.toData(JsonValue.of("[1]")).type()).isEqualTo(TypeIds.JSON);
        assertThat((Object) json.toObject(json.toData(JsonValue.of("[1]")))).isEqualTo(JsonValue.of("[1]"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aTrustedTypeThatDoesNotBindFailsNamingTheClassAndTheLibrary(Mode mode) {
        DefaultSerializationService json = mode.service(Person.class);
        String bad = "{\"@type\":\"" + Person.class.getName() + "\",\"age\":\"not a number\"}";

        assertThatThrownBy(() -> json.toObject(Data.of(MemberSerialization.bytes(new HazelcastJsonValue(bad)))))
                .isInstanceOf(SerializationException.class).hasMessageContaining(Person.class.getName())
                .hasMessageContaining(mode == Mode.JACKSON_2 ? "Jackson 2" : "Jackson 3");
    }

    @Test
    void theDefaultMappersOfJackson3AndJackson2WriteTheSameBytes() {
        Order order = new Order("eu", 3, "pen");
        Data three = Mode.DEFAULT.service().toData(order);
        Data two = new DefaultSerializationService(SerializationConfig.builder().json()
                .jackson2JsonMapper(new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules())
                .build()).toData(order);

        assertThat(three.toByteArray()).isEqualTo(two.toByteArray());
        assertThat(((HazelcastJsonValue) MemberSerialization.read(three.toByteArray())).getValue()).isEqualTo(
                "{\"@type\":\"" + Order.class.getName() + "\",\"zone\":\"eu\",\"amount\":3,\"article\":\"pen\"}");
    }

    @Test
    void jackson3IsChosenWhenPresentJackson2OnlyWithoutIt() {
        assertThat(JsonEngines.choose(null, name -> true)).isInstanceOf(Jackson3Engine.class);
        assertThat(JsonEngines.choose(null, JsonEngines.JACKSON_3::equals)).isInstanceOf(Jackson3Engine.class);
        assertThat(JsonEngines.choose(null, JsonEngines.JACKSON_2::equals)).isInstanceOf(Jackson2Engine.class);
        assertThat(JsonEngines.choose(null)).isInstanceOf(Jackson3Engine.class); // this classpath has both
    }

    @Test
    void aGivenMapperDecidesItsLibrary() {
        tools.jackson.databind.json.JsonMapper three = tools.jackson.databind.json.JsonMapper.builder().build();
        com.fasterxml.jackson.databind.ObjectMapper two = new com.fasterxml.jackson.databind.ObjectMapper();

        assertThat(JsonEngines.choose(two, name -> true)).isInstanceOf(Jackson2Engine.class)
                .extracting(e -> ((Jackson2Engine) e).mapper()).isSameAs(two);
        assertThat(JsonEngines.choose(three, name -> true)).isInstanceOf(Jackson3Engine.class)
                .extracting(e -> ((Jackson3Engine) e).mapper()).isSameAs(three);
        assertThatThrownBy(() -> JsonEngines.choose("a string", name -> true))
                .isInstanceOf(SerializationException.class).hasMessageContaining("java.lang.String");
    }

    @Test
    void withNoJacksonJsonModeFailsSayingWhatToAdd() {
        assertThatThrownBy(() -> JsonEngines.choose(null, name -> false)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("tools.jackson.core:jackson-databind")
                .hasMessageContaining("com.fasterxml.jackson.core:jackson-databind");
        assertThatThrownBy(() -> JsonEngines.choose(new com.fasterxml.jackson.databind.ObjectMapper(),
                JsonEngines.JACKSON_3::equals)).isInstanceOf(SerializationException.class);
    }

    @Test
    void jsonModeIsOnWithOrWithoutAMapper() {
        assertThat(SerializationConfig.builder().json().build().jsonEnabled()).isTrue();
        assertThat(SerializationConfig.builder().json().build().jsonMapper()).isNull();
        assertThat(SerializationConfig.builder().json(Person.class).build().jsonClasses())
                .isEqualTo(Set.of(Person.class.getName()));
        assertThat(SerializationConfig.defaults().jsonEnabled()).isFalse();
    }
}
