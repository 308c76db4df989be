package io.hzclient.config;

import io.hzclient.serialization.CompactReader;
import io.hzclient.serialization.CompactSerializer;
import io.hzclient.serialization.CompactWriter;
import io.hzclient.serialization.IdentifiedDataSerializable;
import io.hzclient.serialization.Portable;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.nio.ByteOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The builder of the serialization config refuses what its Javadoc says it refuses, naming what is wrong. */
class SerializationConfigTest {

    @Test
    void theDefaultsAreBigEndianWithNothingRegistered() {
        SerializationConfig c = SerializationConfig.defaults();
        assertThat(c.byteOrder()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(c.portableVersion()).isZero();
        assertThat(c.globalSerializer()).isNull();
        assertThat(c.jsonMapper()).isNull();
        assertThat(c.javaSerializableClasses()).isEmpty();
        assertThat(c.serializers()).isEmpty();
    }

    @Test
    void aFactoryIdTakesOneFactory() {
        SerializationConfig.Builder b = SerializationConfig.builder()
                .dataSerializableFactory(7, id -> (IdentifiedDataSerializable) null)
                .portableFactory(7, id -> (Portable) null);
        assertThatThrownBy(() -> b.dataSerializableFactory(7, id -> null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DataSerializableFactory").hasMessageContaining("7");
        assertThatThrownBy(() -> b.portableFactory(7, id -> null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PortableFactory").hasMessageContaining("7");
        assertThatThrownBy(() -> b.dataSerializableFactory(8, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void jsonPackagesNeedJsonMode() {
        SerializationConfig.Builder b = SerializationConfig.builder().jsonPackages("com.example");
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("json(");
    }

    @Test
    void javaSerializationTakesSerializableClassesOnly() {
        assertThatThrownBy(() -> SerializationConfig.builder().allowJavaSerialization(Object.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Object")
                .hasMessageContaining("Serializable");
        assertThat(SerializationConfig.builder().allowJavaSerialization(Legacy.class).build().javaSerializableClasses())
                .containsExactly(Legacy.class.getName());
    }

    @Test
    void aNegativePortableVersionIsRefused() {
        assertThatThrownBy(() -> SerializationConfig.builder().portableVersion(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("portableVersion");
        assertThat(SerializationConfig.builder().portableVersion(3).build().portableVersion()).isEqualTo(3);
    }

    @Test
    void aCompactSerializerNeedsItsClassAndTypeName() {
        assertThatThrownBy(() -> SerializationConfig.builder().compactSerializer(new Named(Legacy.class, null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("type name");
        assertThatThrownBy(() -> SerializationConfig.builder().compactSerializer(new Named(null, "legacy")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("Compact class");
    }

    record Legacy(int v) implements Serializable {
    }

    private record Named(Class<Legacy> type, String name) implements CompactSerializer<Legacy> {
        @Override
        public Class<Legacy> getCompactClass() {
            return type;
        }

        @Override
        public String getTypeName() {
            return name;
        }

        @Override
        public void write(CompactWriter writer, Legacy value) {
        }

        @Override
        public Legacy read(CompactReader reader) {
            return null;
        }
    }
}
