package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.config.SerializationConfig;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.hzclient.internal.serialization.BuiltInBytesTest.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Java serialization is off unless allow-listed, and then only the listed classes are ever loaded. */
class JavaSerializationTest {

    static final class Legacy implements Serializable {
        private static final long serialVersionUID = 1L;
        final String name;
        final List<Integer> numbers;
        final Object extra;

        Legacy(String name, List<Integer> numbers, Object extra) {
            this.name = name;
            this.numbers = numbers;
            this.extra = extra;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Legacy l && name.equals(l.name) && numbers.equals(l.numbers)
                    && Objects.equals(extra, l.extra);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    static final class Gadget implements Serializable {
        private static final long serialVersionUID = 1L;
        final int payload;

        Gadget(int payload) {
            this.payload = payload;
        }
    }

    private final Legacy legacy = new Legacy("old app", new ArrayList<>(List.of(1, 2)), null);

    @Test
    void isOffByDefaultAndSaysHowToTurnItOn() {
        DefaultSerializationService off = new DefaultSerializationService(SerializationConfig.defaults());

        assertThatThrownBy(() -> off.toData(legacy)).isInstanceOf(SerializationException.class)
                .hasMessageContaining(Legacy.class.getName());
        assertThatThrownBy(() -> off.toObject(Data.of(MemberSerialization.bytes(legacy))))
                .isInstanceOf(SerializationException.class).hasMessageContaining("-100")
                .hasMessageContaining("allowJavaSerialization");
    }

    @Test
    void allowListedClassesHaveTheMembersBytesBothWays() {
        DefaultSerializationService on = new DefaultSerializationService(SerializationConfig.builder()
                .allowJavaSerialization(Legacy.class).build());

        byte[] ours = on.toData(legacy).toByteArray();

        assertThat(hex(ours)).isEqualTo(hex(MemberSerialization.bytes(legacy)));
        assertThat((Object) MemberSerialization.read(ours)).isEqualTo(legacy);
        assertThat((Object) on.toObject(Data.of(MemberSerialization.bytes(legacy)))).isEqualTo(legacy);
    }

    @Test
    void aClassOutsideTheListIsNeitherWrittenNorLoaded() {
        DefaultSerializationService on = new DefaultSerializationService(SerializationConfig.builder()
                .allowJavaSerialization(Legacy.class).build());
        Legacy carryingGadget = new Legacy("x", new ArrayList<>(), new Gadget(666));

        assertThatThrownBy(() -> on.toData(carryingGadget)).isInstanceOf(SerializationException.class)
                .hasMessageContaining(Gadget.class.getName());
        byte[] forged = MemberSerialization.bytes(carryingGadget);
        assertThatThrownBy(() -> on.toObject(Data.of(forged))).isInstanceOf(SerializationException.class)
                .hasMessageContaining(Gadget.class.getName());
    }

    @Test
    void aWholePackageCanBeAllowed() {
        DefaultSerializationService on = new DefaultSerializationService(SerializationConfig.builder()
                .allowJavaSerializationPackages("io.hzclient.internal").build());
        Legacy withGadget = new Legacy("x", new ArrayList<>(), new Gadget(1));

        Legacy back = on.toObject(on.toData(withGadget));

        assertThat(((Gadget) back.extra).payload).isEqualTo(1);
    }
}
