package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.HzClient;
import io.hzclient.config.SerializationConfig;
import io.hzclient.serialization.CompactReader;
import io.hzclient.serialization.CompactSerializer;
import io.hzclient.serialization.CompactWriter;
import io.hzclient.serialization.DataSerializableFactory;
import io.hzclient.serialization.IdentifiedDataSerializable;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.serialization.Portable;
import io.hzclient.serialization.PortableFactory;
import io.hzclient.serialization.StreamSerializer;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.Serializable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HzClientSerializationPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                    HzClientBeansAutoConfiguration.class))
            .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.mode=lazy");

    @Test
    void serializationPropertiesAndBeansReachTheConfig() {
        String self = HzClientSerializationPropertiesTest.class.getName();
        runner.withPropertyValues(
                "hz.client.serialization.data-serializable-factories.42=" + self + "$Factory",
                "hz.client.serialization.serializers[" + self + "$Point]=" + self + "$PointSerializer",
                "hz.client.serialization.global-serializer=" + self + "$Anything",
                "hz.client.serialization.java-serialization.allowed-classes=" + self + "$Legacy",
                "hz.client.serialization.java-serialization.allowed-packages=com.example.legacy",
                "hz.client.serialization.compact-serializers=" + self + "$MoneySerializer",
                "hz.client.serialization.portable-factories.3=" + self + "$Portables",
                "hz.client.serialization.portable-version=2"
        ).withUserConfiguration(SerializerBeans.class).run(context -> {
            assertThat(context).hasNotFailed();
            SerializationConfig s = context.getBean(HzClient.class).getConfig().serialization();
            assertThat(s.dataSerializableFactories()).containsOnlyKeys(42);
            assertThat(s.serializers()).containsOnlyKeys(Point.class, Label.class);
            assertThat(s.globalSerializer()).isInstanceOf(Anything.class);
            assertThat(s.javaSerializableClasses()).containsExactly(Legacy.class.getName());
            assertThat(s.javaSerializablePackages()).containsExactly("com.example.legacy");
            assertThat(s.compactSerializers()).hasSize(2);
            assertThat(s.portableFactories()).containsOnlyKeys(3);
            assertThat(s.portableVersion()).isEqualTo(2);
        });
    }

    @Test
    void jsonModeTakesItsClassesAndPackages() {
        runner.withPropertyValues("hz.client.serialization.json.enabled=true",
                "hz.client.serialization.json.classes=" + Point.class.getName().replace('$', '.'),
                "hz.client.serialization.json.packages=com.example.dto").run(context -> {
                    assertThat(context).hasNotFailed();
                    SerializationConfig s = context.getBean(HzClient.class).getConfig().serialization();
                    assertThat(s.jsonEnabled()).isTrue();
                    assertThat(s.jsonMapper()).isNull(); // no JsonMapper bean: the core makes a Jackson 3 one
                    assertThat(s.jsonClasses()).containsExactly(Point.class.getName());
                    assertThat(s.jsonPackages()).containsExactly("com.example.dto");
                });
        runner.run(context -> {
            assertThat(context.getBean(HzClient.class).getConfig().serialization().jsonEnabled()).isFalse();
            assertThat(context.getBean(HzClient.class).getConfig().serialization().jsonMapper()).isNull();
        });
    }

    @Test
    void jsonModeTakesTheApplicationsJsonMapperAndNotAJackson2One() {
        runner.withPropertyValues("hz.client.serialization.json.enabled=true")
                .withUserConfiguration(JsonMappers.class).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(HzClient.class).getConfig().serialization().jsonMapper())
                            .isSameAs(context.getBean(tools.jackson.databind.json.JsonMapper.class));
                });
        runner.withPropertyValues("hz.client.serialization.json.enabled=true")
                .withConfiguration(AutoConfigurations.of(
                        org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(HzClient.class).getConfig().serialization().jsonMapper())
                            .isSameAs(context.getBean(tools.jackson.databind.json.JsonMapper.class));
                });
    }

    @Test
    void withoutJackson3JsonModeTakesTheJackson2ObjectMapperAndWithoutEitherItSaysWhatToAdd() {
        HzClientProperties.Json json = new HzClientProperties.Json();
        try (var context = new org.springframework.context.annotation.AnnotationConfigApplicationContext(
                JsonMappers.class)) {
            SerializationConfig.Builder onlyJackson2 = SerializationConfig.builder();
            JsonMode.apply(onlyJackson2, json, context, JsonMode.JACKSON_2::equals);
            assertThat(onlyJackson2.build().jsonMapper())
                    .isSameAs(context.getBean(com.fasterxml.jackson.databind.ObjectMapper.class));

            SerializationConfig.Builder both = SerializationConfig.builder();
            JsonMode.apply(both, json, context, name -> true);
            assertThat(both.build().jsonMapper())
                    .isSameAs(context.getBean(tools.jackson.databind.json.JsonMapper.class));

            assertThatThrownBy(() -> JsonMode.apply(SerializationConfig.builder(), json, context, name -> false))
                    .hasMessageContaining("hz.client.serialization.json.enabled")
                    .hasMessageContaining("tools.jackson.core:jackson-databind")
                    .hasMessageContaining("com.fasterxml.jackson.core:jackson-databind");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class JsonMappers {
        @Bean
        tools.jackson.databind.json.JsonMapper appJsonMapper() {
            return tools.jackson.databind.json.JsonMapper.builder().build();
        }

        @Bean
        com.fasterxml.jackson.databind.ObjectMapper legacyObjectMapper() {
            return new com.fasterxml.jackson.databind.ObjectMapper();
        }
    }

    @Test
    void aClassThatIsNotSerializableIsRefusedWithItsProperty() {
        runner.withPropertyValues("hz.client.serialization.java-serialization.allowed-classes=java.lang.Thread")
                .run(context -> assertThat(HzClientTestSupport.allMessages(context.getStartupFailure()))
                        .contains("hz.client.serialization.java-serialization.allowed-classes[0]")
                        .contains("not java.io.Serializable"));
    }

    record Point(int x, int y) {
    }

    record Label(String text) {
    }

    record Money(long cents) {
    }

    record Legacy(String v) implements Serializable {
    }

    public static class Portables implements PortableFactory {
        @Override
        public Portable create(int classId) {
            return null;
        }
    }

    public static class Factory implements DataSerializableFactory {
        @Override
        public IdentifiedDataSerializable create(int classId) {
            return null;
        }
    }

    public static class PointSerializer implements StreamSerializer<Point> {
        @Override
        public int typeId() {
            return 7;
        }

        @Override
        public void write(ObjectDataOutput out, Point value) {
        }

        @Override
        public Point read(ObjectDataInput in) {
            return null;
        }
    }

    public static class Anything implements StreamSerializer<Object> {
        @Override
        public int typeId() {
            return 9;
        }

        @Override
        public void write(ObjectDataOutput out, Object value) {
        }

        @Override
        public Object read(ObjectDataInput in) {
            return null;
        }
    }

    public static class MoneySerializer implements CompactSerializer<Money> {
        @Override
        public Money read(CompactReader reader) {
            return null;
        }

        @Override
        public void write(CompactWriter writer, Money value) {
        }

        @Override
        public String getTypeName() {
            return "money";
        }

        @Override
        public Class<Money> getCompactClass() {
            return Money.class;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SerializerBeans {
        @Bean
        StreamSerializer<Label> labelSerializer() {
            return new LabelSerializer();
        }

        @Bean
        CompactSerializer<Point> pointCompact() {
            return new CompactSerializer<>() {
                @Override
                public Point read(CompactReader reader) {
                    return null;
                }

                @Override
                public void write(CompactWriter writer, Point value) {
                }

                @Override
                public String getTypeName() {
                    return "point";
                }

                @Override
                public Class<Point> getCompactClass() {
                    return Point.class;
                }
            };
        }
    }

    static class LabelSerializer implements StreamSerializer<Label> {
        @Override
        public int typeId() {
            return 8;
        }

        @Override
        public void write(ObjectDataOutput out, Label value) {
        }

        @Override
        public Label read(ObjectDataInput in) {
            return null;
        }
    }
}
