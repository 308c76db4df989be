package io.hzclient.internal.serialization;

import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import com.hazelcast.internal.serialization.impl.HeapData;
import io.hzclient.SerializationException;
import io.hzclient.config.SerializationConfig;
import io.hzclient.serialization.Portable;
import io.hzclient.serialization.PortableFieldType;
import io.hzclient.serialization.PortableReader;
import io.hzclient.serialization.PortableWriter;
import io.hzclient.serialization.VersionedPortable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

import static io.hzclient.internal.serialization.BuiltInBytesTest.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Portable against the member's implementation: same bytes, both directions, across class versions. */
class PortableTest {
    static final int FACTORY = 3;
    static final int PERSON = 1;
    static final int ADDRESS = 2;

    private final DefaultSerializationService ours = new DefaultSerializationService(SerializationConfig.builder()
            .portableFactory(FACTORY, id -> switch (id) {
                case PERSON -> new Person();
                case ADDRESS -> new Address();
                default -> null;
            }).build());
    private final InternalSerializationService member = new DefaultSerializationServiceBuilder()
            .addPortableFactory(FACTORY, id -> switch (id) {
                case PERSON -> new MemberPerson();
                case ADDRESS -> new MemberAddress();
                default -> null;
            }).build();

    static final class Address implements Portable {
        String city;
        int zip;

        Address() {
        }

        Address(String city, int zip) {
            this.city = city;
            this.zip = zip;
        }

        public int getFactoryId() {
            return FACTORY;
        }

        public int getClassId() {
            return ADDRESS;
        }

        public void writePortable(PortableWriter w) {
            w.writeString("city", city);
            w.writeInt("zip", zip);
        }

        public void readPortable(PortableReader r) {
            city = r.readString("city");
            zip = r.readInt("zip");
        }
    }

    static class Person implements Portable {
        String name;
        int age;
        double score;
        boolean active;
        char initial;
        long id;
        byte[] photo;
        String[] tags;
        Address home;
        Portable[] previous;
        LocalDate born;
        LocalDateTime seen;
        BigDecimal balance;

        public int getFactoryId() {
            return FACTORY;
        }

        public int getClassId() {
            return PERSON;
        }

        public void writePortable(PortableWriter w) {
            w.writeString("name", name);
            w.writeInt("age", age);
            w.writeDouble("score", score);
            w.writeBoolean("active", active);
            w.writeChar("initial", initial);
            w.writeLong("id", id);
            w.writeByteArray("photo", photo);
            w.writeStringArray("tags", tags);
            w.writePortable("home", home);
            w.writePortableArray("previous", previous);
            w.writeDate("born", born);
            w.writeTimestamp("seen", seen);
            w.writeDecimal("balance", balance);
        }

        public void readPortable(PortableReader r) {
            name = r.readString("name");
            age = r.readInt("age");
            score = r.readDouble("score");
            active = r.readBoolean("active");
            initial = r.readChar("initial");
            id = r.readLong("id");
            photo = r.readByteArray("photo");
            tags = r.readStringArray("tags");
            home = r.readPortable("home");
            previous = r.readPortableArray("previous");
            born = r.readDate("born");
            seen = r.readTimestamp("seen");
            balance = r.readDecimal("balance");
        }
    }

    static Person person() {
        Person p = new Person();
        p.name = "Zoë";
        p.age = 41;
        p.score = 9.5;
        p.active = true;
        p.initial = 'Z';
        p.id = 1L << 40;
        p.photo = new byte[]{1, 2, 3};
        p.tags = new String[]{"a", "b"};
        p.home = new Address("Oslo", 150);
        p.previous = new Portable[]{new Address("Rome", 1), new Address("Lima", 2)};
        p.born = LocalDate.of(1985, 5, 17);
        p.seen = LocalDateTime.of(2026, 11, 28, 0, 40);
        p.balance = new BigDecimal("-12.50");
        return p;
    }

    @Test
    void nestedPortablesAndArraysHaveTheMembersBytesBothWays() {
        Person p = person();
        MemberPerson m = MemberPerson.from(p);

        byte[] ourBytes = ours.toData(p).toByteArray();

        assertThat(hex(ourBytes)).isEqualTo(hex(member.toData(m).toByteArray()));
        MemberPerson readByMember = member.toObject(new HeapData(ourBytes));
        assertThat(readByMember.name).isEqualTo("Zoë");
        assertThat(readByMember.home.city).isEqualTo("Oslo");
        assertThat(((MemberAddress) readByMember.previous[1]).city).isEqualTo("Lima");
        Person readByUs = ours.toObject(Data.of(member.toData(m).toByteArray()));
        assertThat(readByUs).usingRecursiveComparison().isEqualTo(p);
    }

    static final class PersonV2 implements VersionedPortable {
        String name;
        long age;
        String email;

        public int getFactoryId() {
            return FACTORY;
        }

        public int getClassId() {
            return PERSON;
        }

        public int getClassVersion() {
            return 2;
        }

        public void writePortable(PortableWriter w) {
            w.writeString("name", name);
            w.writeInt("age", (int) age); // still an int, so version 0 readers can read it
            w.writeString("email", email);
        }

        public void readPortable(PortableReader r) {
            name = r.readString("name");
            age = r.readLong("age"); // an int field, widened
            email = r.hasField("email") ? r.readString("email") : "none";
        }
    }

    @Test
    void aNewerVersionReadsOlderDataAndTheOlderReadsNewer() {
        DefaultSerializationService v2 = new DefaultSerializationService(SerializationConfig.builder()
                .portableFactory(FACTORY, id -> id == PERSON ? new PersonV2() : new Address()).build());

        PersonV2 upgraded = v2.toObject(ours.toData(person()));
        PersonV2 newer = new PersonV2();
        newer.name = "New";
        newer.age = 7;
        newer.email = "n@x";
        Data newerData = v2.toData(newer);
        Person downgraded = ours.toObject(newerData);

        assertThat(upgraded.name).isEqualTo("Zoë");
        assertThat(upgraded.age).isEqualTo(41);
        assertThat(upgraded.email).isEqualTo("none");
        assertThat(downgraded.name).isEqualTo("New");
        assertThat(downgraded.home).isNull();
        MemberPerson readByMemberV0 = member.toObject(new HeapData(newerData.toByteArray()));
        assertThat(readByMemberV0.name).isEqualTo("New");
    }

    @Test
    void nullNestedPortablesAndMissingFactoriesAreHandled() {
        Person p = person();
        p.home = null;
        p.previous = null;
        p.tags = null;

        Person back = ours.toObject(ours.toData(p));

        assertThat(back.home).isNull();
        assertThat(back.previous).isNull();
        assertThat(back.tags).isNull();
        DefaultSerializationService none = new DefaultSerializationService(SerializationConfig.defaults());
        assertThatThrownBy(() -> none.toObject(ours.toData(p))).isInstanceOf(SerializationException.class)
                .hasMessageContaining("factory id 3");
    }

    @Test
    void fieldTypesAreVisibleToTheReader() {
        Person p = person();
        PortableReader[] probe = new PortableReader[1];
        DefaultSerializationService probing = new DefaultSerializationService(SerializationConfig.builder()
                .portableFactory(FACTORY, id -> id == PERSON ? new Person() {
                    @Override
                    public void readPortable(PortableReader r) {
                        probe[0] = r;
                        super.readPortable(r);
                    }
                } : new Address()).build());

        probing.toObject(ours.toData(p));

        assertThat(probe[0].getFieldType("previous")).isEqualTo(PortableFieldType.PORTABLE_ARRAY);
        assertThat(probe[0].getFieldType("nope")).isNull();
        assertThat(Arrays.asList(probe[0].hasField("age"), probe[0].getVersion())).containsExactly(true, 0);
        assertThatThrownBy(() -> probe[0].readInt("name")).isInstanceOf(SerializationException.class)
                .hasMessageContaining("'name'");
    }

    // ---- the member's equivalents

    static final class MemberAddress implements com.hazelcast.nio.serialization.Portable {
        String city;
        int zip;

        public int getFactoryId() {
            return FACTORY;
        }

        public int getClassId() {
            return ADDRESS;
        }

        public void writePortable(com.hazelcast.nio.serialization.PortableWriter w) throws IOException {
            w.writeString("city", city);
            w.writeInt("zip", zip);
        }

        public void readPortable(com.hazelcast.nio.serialization.PortableReader r) throws IOException {
            city = r.readString("city");
            zip = r.readInt("zip");
        }

        static MemberAddress from(Address a) {
            MemberAddress m = new MemberAddress();
            m.city = a.city;
            m.zip = a.zip;
            return m;
        }
    }

    static final class MemberPerson implements com.hazelcast.nio.serialization.Portable {
        String name;
        int age;
        double score;
        boolean active;
        char initial;
        long id;
        byte[] photo;
        String[] tags;
        MemberAddress home;
        com.hazelcast.nio.serialization.Portable[] previous;
        LocalDate born;
        LocalDateTime seen;
        BigDecimal balance;

        static MemberPerson from(Person p) {
            MemberPerson m = new MemberPerson();
            m.name = p.name;
            m.age = p.age;
            m.score = p.score;
            m.active = p.active;
            m.initial = p.initial;
            m.id = p.id;
            m.photo = p.photo;
            m.tags = p.tags;
            m.home = MemberAddress.from(p.home);
            m.previous = Arrays.stream(p.previous).map(a -> MemberAddress.from((Address) a))
                    .toArray(com.hazelcast.nio.serialization.Portable[]::new);
            m.born = p.born;
            m.seen = p.seen;
            m.balance = p.balance;
            return m;
        }

        public int getFactoryId() {
            return FACTORY;
        }

        public int getClassId() {
            return PERSON;
        }

        public void writePortable(com.hazelcast.nio.serialization.PortableWriter w) throws IOException {
            w.writeString("name", name);
            w.writeInt("age", age);
            w.writeDouble("score", score);
            w.writeBoolean("active", active);
            w.writeChar("initial", initial);
            w.writeLong("id", id);
            w.writeByteArray("photo", photo);
            w.writeStringArray("tags", tags);
            w.writePortable("home", home);
            w.writePortableArray("previous", previous);
            w.writeDate("born", born);
            w.writeTimestamp("seen", seen);
            w.writeDecimal("balance", balance);
        }

        public void readPortable(com.hazelcast.nio.serialization.PortableReader r) throws IOException {
            name = r.readString("name");
            age = r.hasField("age") && r.getFieldType("age") == com.hazelcast.nio.serialization.FieldType.INT
                    ? r.readInt("age") : 0;
            if (r.hasField("home")) {
                home = r.readPortable("home");
                previous = r.readPortableArray("previous");
            }
        }
    }
}
