package io.hzclient.internal.serialization;

import com.hazelcast.config.GlobalSerializerConfig;
import com.hazelcast.config.SerializerConfig;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import com.hazelcast.internal.serialization.impl.HeapData;
import io.hzclient.SerializationException;
import io.hzclient.config.SerializationConfig;
import io.hzclient.serialization.IdentifiedDataSerializable;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.serialization.StreamSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.hzclient.internal.serialization.BuiltInBytesTest.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** IdentifiedDataSerializable, per-class and global serializers, and byte order, against the member's service. */
class IdentifiedAndCustomTest {
    static final int FACTORY = 7;
    static final int EMPLOYEE = 1;
    static final int ADDRESS = 2;

    private final DefaultSerializationService ours = new DefaultSerializationService(SerializationConfig.builder()
            .dataSerializableFactory(FACTORY, id -> switch (id) {
                case EMPLOYEE -> new Employee();
                case ADDRESS -> new Address();
                default -> null;
            }).build());

    private final InternalSerializationService member = new DefaultSerializationServiceBuilder()
            .addDataSerializableFactory(FACTORY, id -> switch (id) {
                case EMPLOYEE -> new MemberEmployee();
                case ADDRESS -> new MemberAddress();
                default -> null;
            }).build();

    @Test
    void identifiedDataSerializableHasTheMembersBytesBothWays() {
        Employee e = new Employee("Zoë", 41, new Address("Main St 1", 1234), List.of("java", "ops"));
        MemberEmployee m = new MemberEmployee("Zoë", 41, new MemberAddress("Main St 1", 1234), List.of("java", "ops"));

        byte[] ourBytes = ours.toData(e).toByteArray();

        assertThat(hex(ourBytes)).isEqualTo(hex(member.toData(m).toByteArray()));
        assertThat(hex(ourBytes).substring(16, 18 + 16)).isEqualTo("01" + "00000007" + "00000001");
        MemberEmployee readByMember = member.toObject(new HeapData(ourBytes));
        assertThat(readByMember.name).isEqualTo("Zoë");
        assertThat(readByMember.address.zip).isEqualTo(1234);
        Employee readByUs = ours.toObject(Data.of(member.toData(m).toByteArray()));
        assertThat(readByUs).isEqualTo(e);
    }

    @Test
    void anUnknownFactoryOrClassIdIsNamed() {
        DefaultSerializationService noFactories = new DefaultSerializationService(SerializationConfig.defaults());
        Data data = ours.toData(new Address("x", 1));

        assertThatThrownBy(() -> noFactories.toObject(data)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("factory id 7").hasMessageContaining("class id 2");
        byte[] bytes = data.toByteArray().clone();
        bytes[8 + 1 + 4 + 3] = 99; // class id 99
        assertThatThrownBy(() -> ours.toObject(Data.of(bytes))).isInstanceOf(SerializationException.class)
                .hasMessageContaining("class id 99");
    }

    @Test
    void customAndGlobalSerializersMatchTheMember() {
        PointSerializer points = new PointSerializer();
        DefaultSerializationService withCustom = new DefaultSerializationService(SerializationConfig.builder()
                .serializer(Point.class, points)
                .serializer(PointBase.class, points)
                .globalSerializer(new EverythingAsString())
                .build());
        com.hazelcast.config.SerializationConfig memberConfig = new com.hazelcast.config.SerializationConfig()
                .addSerializerConfig(new SerializerConfig().setTypeClass(Point.class)
                        .setImplementation(new MemberPointSerializer()))
                .setGlobalSerializerConfig(new GlobalSerializerConfig().setImplementation(new MemberEverythingAsString()));
        InternalSerializationService memberWithCustom = new DefaultSerializationServiceBuilder().setConfig(memberConfig)
                .build();

        Point p = new Point(3, -4);
        assertThat(hex(withCustom.toData(p).toByteArray())).isEqualTo(hex(memberWithCustom.toData(p).toByteArray()));
        assertThat((Object) withCustom.toObject(Data.of(memberWithCustom.toData(p).toByteArray()))).isEqualTo(p);
        Point3 sub = new Point3(1, 2);
        assertThat((Object) withCustom.toObject(withCustom.toData(sub))).isEqualTo(new Point(1, 2)); // via supertype
        Unregistered u = new Unregistered("hello");
        assertThat(hex(withCustom.toData(u).toByteArray())).isEqualTo(hex(memberWithCustom.toData(u).toByteArray()));
        assertThat((Object) withCustom.toObject(withCustom.toData(u))).isEqualTo("hello");
    }

    @Test
    void aClassWithoutSerializerFailsNamingIt() {
        // not a record and no no-arg constructor: not even zero-config Compact can take it
        assertThatThrownBy(() -> ours.toData(new NoDefaultConstructor(1))).isInstanceOf(SerializationException.class)
                .hasMessageContaining(NoDefaultConstructor.class.getName());
    }

    @Test
    void builtInTypesCannotBeOverriddenAndUserIdsMustBePositive() {
        StreamSerializer<String> stringSerializer = new StreamSerializer<>() {
            public int typeId() {
                return 5;
            }

            public void write(ObjectDataOutput out, String value) {
            }

            public String read(ObjectDataInput in) {
                return null;
            }
        };
        assertThatThrownBy(() -> new DefaultSerializationService(SerializationConfig.builder()
                .serializer(String.class, stringSerializer).build()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> SerializationConfig.builder().serializer(Point.class, new PointSerializer() {
            @Override
            public int typeId() {
                return -3;
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3");
    }

    @Test
    void littleEndianPayloadsMatchTheMemberConfiguredTheSameWay() {
        DefaultSerializationService le = new DefaultSerializationService(SerializationConfig.builder()
                .byteOrder(ByteOrder.LITTLE_ENDIAN).build());
        InternalSerializationService memberLe = new DefaultSerializationServiceBuilder()
                .setByteOrder(ByteOrder.LITTLE_ENDIAN).build();
        for (Object v : new Object[]{"key1", 54, 1L, 2.5d, new int[]{1, 2}, new ArrayList<>(List.of("a", 1)), 'x'}) {
            assertThat(hex(le.toData(v).toByteArray())).as("%s", v).isEqualTo(hex(memberLe.toData(v).toByteArray()));
            assertThat(le.toData(v).partitionHash()).isEqualTo(memberLe.toData(v).getPartitionHash());
        }
    }

    // ---- our classes

    static final class Employee implements IdentifiedDataSerializable {
        String name;
        int age;
        Address address;
        List<String> skills;

        Employee() {
        }

        Employee(String name, int age, Address address, List<String> skills) {
            this.name = name;
            this.age = age;
            this.address = address;
            this.skills = new ArrayList<>(skills);
        }

        public int getFactoryId() {
            return FACTORY;
        }

        public int getClassId() {
            return EMPLOYEE;
        }

        public void writeData(ObjectDataOutput out) {
            out.writeString(name);
            out.writeInt(age);
            out.writeObject(address);
            out.writeObject(skills);
        }

        public void readData(ObjectDataInput in) {
            name = in.readString();
            age = in.readInt();
            address = in.readObject();
            skills = in.readObject();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Employee e && Objects.equals(name, e.name) && age == e.age
                    && Objects.equals(address, e.address) && Objects.equals(skills, e.skills);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, age);
        }
    }

    static final class Address implements IdentifiedDataSerializable {
        String street;
        int zip;

        Address() {
        }

        Address(String street, int zip) {
            this.street = street;
            this.zip = zip;
        }

        public int getFactoryId() {
            return FACTORY;
        }

        public int getClassId() {
            return ADDRESS;
        }

        public void writeData(ObjectDataOutput out) {
            out.writeString(street);
            out.writeInt(zip);
        }

        public void readData(ObjectDataInput in) {
            street = in.readString();
            zip = in.readInt();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Address a && Objects.equals(street, a.street) && zip == a.zip;
        }

        @Override
        public int hashCode() {
            return zip;
        }
    }

    record Point(int x, int y) {
    }

    static final class Point3 extends PointBase {
        Point3(int x, int y) {
            super(x, y);
        }
    }

    static class PointBase {
        final int x;
        final int y;

        PointBase(int x, int y) {
            this.x = x;
            this.y = y;
        }
    }

    record Unregistered(String text) {
    }

    static final class NoDefaultConstructor {
        final int value;

        NoDefaultConstructor(int value) {
            this.value = value;
        }
    }

    static class PointSerializer implements StreamSerializer<Object> {
        public int typeId() {
            return 1000;
        }

        public void write(ObjectDataOutput out, Object value) {
            if (value instanceof Point p) {
                out.writeInt(p.x());
                out.writeInt(p.y());
            } else {
                PointBase b = (PointBase) value;
                out.writeInt(b.x);
                out.writeInt(b.y);
            }
        }

        public Object read(ObjectDataInput in) {
            return new Point(in.readInt(), in.readInt());
        }
    }

    static final class EverythingAsString implements StreamSerializer<Object> {
        public int typeId() {
            return 2000;
        }

        public void write(ObjectDataOutput out, Object value) {
            out.writeString(((Unregistered) value).text());
        }

        public Object read(ObjectDataInput in) {
            return in.readString();
        }
    }

    // ---- the member's equivalents

    static final class MemberEmployee implements com.hazelcast.nio.serialization.IdentifiedDataSerializable {
        String name;
        int age;
        MemberAddress address;
        List<String> skills;

        MemberEmployee() {
        }

        MemberEmployee(String name, int age, MemberAddress address, List<String> skills) {
            this.name = name;
            this.age = age;
            this.address = address;
            this.skills = new ArrayList<>(skills);
        }

        public int getFactoryId() {
            return FACTORY;
        }

        public int getClassId() {
            return EMPLOYEE;
        }

        public void writeData(com.hazelcast.nio.ObjectDataOutput out) throws IOException {
            out.writeString(name);
            out.writeInt(age);
            out.writeObject(address);
            out.writeObject(skills);
        }

        public void readData(com.hazelcast.nio.ObjectDataInput in) throws IOException {
            name = in.readString();
            age = in.readInt();
            address = in.readObject();
            skills = in.readObject();
        }
    }

    static final class MemberAddress implements com.hazelcast.nio.serialization.IdentifiedDataSerializable {
        String street;
        int zip;

        MemberAddress() {
        }

        MemberAddress(String street, int zip) {
            this.street = street;
            this.zip = zip;
        }

        public int getFactoryId() {
            return FACTORY;
        }

        public int getClassId() {
            return ADDRESS;
        }

        public void writeData(com.hazelcast.nio.ObjectDataOutput out) throws IOException {
            out.writeString(street);
            out.writeInt(zip);
        }

        public void readData(com.hazelcast.nio.ObjectDataInput in) throws IOException {
            street = in.readString();
            zip = in.readInt();
        }
    }

    static final class MemberPointSerializer implements com.hazelcast.nio.serialization.StreamSerializer<Point> {
        public int getTypeId() {
            return 1000;
        }

        public void write(com.hazelcast.nio.ObjectDataOutput out, Point p) throws IOException {
            out.writeInt(p.x());
            out.writeInt(p.y());
        }

        public Point read(com.hazelcast.nio.ObjectDataInput in) throws IOException {
            return new Point(in.readInt(), in.readInt());
        }
    }

    static final class MemberEverythingAsString implements com.hazelcast.nio.serialization.StreamSerializer<Object> {
        public int getTypeId() {
            return 2000;
        }

        public void write(com.hazelcast.nio.ObjectDataOutput out, Object value) throws IOException {
            out.writeString(((Unregistered) value).text());
        }

        public Object read(com.hazelcast.nio.ObjectDataInput in) throws IOException {
            return in.readString();
        }
    }
}
