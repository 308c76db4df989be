package io.hzclient.config;

import io.hzclient.serialization.CompactSerializer;
import io.hzclient.serialization.DataSerializableFactory;
import io.hzclient.serialization.PortableFactory;
import io.hzclient.serialization.StreamSerializer;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the client turns values into bytes. Immutable; build it with {@link #builder()}. The defaults match the
 * members' defaults (big-endian), so data written by this client reads the same on every other client.
 */
public final class SerializationConfig {
    private final ByteOrder byteOrder;
    private final Map<Class<?>, StreamSerializer<?>> serializers;
    private final StreamSerializer<Object> globalSerializer;
    private final Map<Integer, DataSerializableFactory> dataSerializableFactories;
    private final List<CompactSerializer<?>> compactSerializers;
    private final Map<Integer, PortableFactory> portableFactories;
    private final int portableVersion;
    private final Object jsonMapper;
    private final Set<String> jsonClasses;
    private final Set<String> jsonPackages;
    private final Set<String> javaSerializableClasses;
    private final Set<String> javaSerializablePackages;

    private SerializationConfig(Builder b) {
        this.jsonMapper = b.jsonMapper;
        this.jsonClasses = Set.copyOf(b.jsonClasses);
        this.jsonPackages = Set.copyOf(b.jsonPackages);
        this.javaSerializableClasses = Set.copyOf(b.javaSerializableClasses);
        this.javaSerializablePackages = Set.copyOf(b.javaSerializablePackages);
        this.compactSerializers = List.copyOf(b.compactSerializers);
        this.portableFactories = Map.copyOf(b.portableFactories);
        this.portableVersion = b.portableVersion;
        this.dataSerializableFactories = Map.copyOf(b.dataSerializableFactories);
        this.byteOrder = b.byteOrder;
        this.serializers = Map.copyOf(b.serializers);
        this.globalSerializer = b.globalSerializer;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The defaults: big-endian, built-in types only. */
    public static SerializationConfig defaults() {
        return builder().build();
    }

    /** The byte order of payloads; the Data header is big-endian whatever this says. */
    public ByteOrder byteOrder() {
        return byteOrder;
    }

    /** Serializers for user classes (and their subclasses), keyed by the class they were registered for. */
    public Map<Class<?>, StreamSerializer<?>> serializers() {
        return serializers;
    }

    /** Serializes what nothing else takes; null if none. */
    public StreamSerializer<Object> globalSerializer() {
        return globalSerializer;
    }

    /** Factories of IdentifiedDataSerializable classes, by factory id. */
    public Map<Integer, DataSerializableFactory> dataSerializableFactories() {
        return dataSerializableFactories;
    }

    /** Factories of Portable classes, by factory id. */
    public Map<Integer, PortableFactory> portableFactories() {
        return portableFactories;
    }

    /** The class version of Portables that do not say theirs (VersionedPortable); 0 by default. */
    public int portableVersion() {
        return portableVersion;
    }

    /** Explicit Compact serializers; other records and plain classes use zero-config Compact. */
    public List<CompactSerializer<?>> compactSerializers() {
        return compactSerializers;
    }

    /** The Jackson ObjectMapper of JSON mode, or null (JSON mode off). Typed Object: Jackson is optional. */
    public Object jsonMapper() {
        return jsonMapper;
    }

    /** Classes JSON mode writes and reads as JSON; with no classes and no packages, every plain class. */
    public Set<String> jsonClasses() {
        return jsonClasses;
    }

    public Set<String> jsonPackages() {
        return jsonPackages;
    }

    /** Class names Java serialization may write and read; empty (the default) means Java serialization is off. */
    public Set<String> javaSerializableClasses() {
        return javaSerializableClasses;
    }

    /** Packages (and their subpackages) whose Serializable classes Java serialization may write and read. */
    public Set<String> javaSerializablePackages() {
        return javaSerializablePackages;
    }

    public static final class Builder {
        private ByteOrder byteOrder = ByteOrder.BIG_ENDIAN;
        private final Map<Class<?>, StreamSerializer<?>> serializers = new LinkedHashMap<>();
        private StreamSerializer<Object> globalSerializer;
        private final Map<Integer, DataSerializableFactory> dataSerializableFactories = new LinkedHashMap<>();
        private final List<CompactSerializer<?>> compactSerializers = new ArrayList<>();
        private final Map<Integer, PortableFactory> portableFactories = new LinkedHashMap<>();
        private int portableVersion;
        private final Set<String> javaSerializableClasses = new LinkedHashSet<>();
        private Object jsonMapper;
        private final Set<String> jsonClasses = new LinkedHashSet<>();
        private final Set<String> jsonPackages = new LinkedHashSet<>();
        private final Set<String> javaSerializablePackages = new LinkedHashSet<>();

        private Builder() {
        }

        public Builder byteOrder(ByteOrder byteOrder) {
            this.byteOrder = Objects.requireNonNull(byteOrder, "byteOrder");
            return this;
        }

        /**
         * Serializes {@code type} and its subclasses with {@code serializer}. Its type id must be positive and
         * unique; the built-in types (String, numbers, collections...) cannot be overridden.
         */
        public <T> Builder serializer(Class<T> type, StreamSerializer<? super T> serializer) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(serializer, "serializer");
            checkUserTypeId(serializer, "serializer for " + type.getName());
            serializers.put(type, serializer);
            return this;
        }

        /** Makes the IdentifiedDataSerializable instances of {@code factoryId} when they are read. */
        public Builder dataSerializableFactory(int factoryId, DataSerializableFactory factory) {
            Objects.requireNonNull(factory, "factory");
            if (dataSerializableFactories.putIfAbsent(factoryId, factory) != null) {
                throw new IllegalArgumentException("a DataSerializableFactory is already registered for factory id "
                        + factoryId);
            }
            return this;
        }

        /** Makes the Portable instances of {@code factoryId} when they are read. */
        public Builder portableFactory(int factoryId, PortableFactory factory) {
            Objects.requireNonNull(factory, "factory");
            if (portableFactories.putIfAbsent(factoryId, factory) != null) {
                throw new IllegalArgumentException("a PortableFactory is already registered for factory id " + factoryId);
            }
            return this;
        }

        /** The class version written for Portables that are not VersionedPortable. */
        public Builder portableVersion(int version) {
            if (version < 0) {
                throw new IllegalArgumentException("portableVersion must not be negative, got " + version);
            }
            this.portableVersion = version;
            return this;
        }

        /**
         * Writes and reads {@link CompactSerializer#getCompactClass()} in the Compact format under the serializer's
         * type name. Records and plain classes need no serializer (zero-config Compact, named by class name).
         */
        public Builder compactSerializer(CompactSerializer<?> serializer) {
            Objects.requireNonNull(serializer, "serializer");
            Objects.requireNonNull(serializer.getCompactClass(), "the Compact class of " + serializer);
            Objects.requireNonNull(serializer.getTypeName(), "the Compact type name of " + serializer);
            compactSerializers.add(serializer);
            return this;
        }

        /**
         * JSON mode: plain classes are stored with this Jackson mapper as JSON values (type id -130), which the
         * members can query like any JSON, instead of as zero-config Compact. The class name goes along in an
         * "@type" property so values read back as their class; JSON without it reads as a JsonValue. With
         * {@code types}, only those classes use JSON; with none, every record and plain class does. A class name
         * met in data is only instantiated if it is listed here (or in {@link #jsonPackages}) or was written by
         * this client.
         */
        public Builder json(com.fasterxml.jackson.databind.ObjectMapper mapper, Class<?>... types) {
            this.jsonMapper = Objects.requireNonNull(mapper, "mapper");
            Arrays.stream(types).map(Class::getName).forEach(jsonClasses::add);
            return this;
        }

        /** In JSON mode, also store the classes of these packages (and subpackages) as JSON, and read them back. */
        public Builder jsonPackages(String... packages) {
            Arrays.stream(packages).map(p -> Objects.requireNonNull(p, "package")).forEach(jsonPackages::add);
            return this;
        }

        /**
         * Lets Java serialization (type id -100) write and read these classes. It is off by default: reading it
         * can run code chosen by whoever wrote the bytes, so only classes on this list (and plain JDK values and
         * collections inside them) are ever loaded. Prefer Compact for new code.
         */
        public Builder allowJavaSerialization(Class<?>... types) {
            Arrays.stream(types).forEach(t -> {
                if (!java.io.Serializable.class.isAssignableFrom(t)) {
                    throw new IllegalArgumentException(t.getName() + " is not java.io.Serializable");
                }
                javaSerializableClasses.add(t.getName());
            });
            return this;
        }

        /** Lets Java serialization write and read the Serializable classes of these packages and their subpackages. */
        public Builder allowJavaSerializationPackages(String... packages) {
            Arrays.stream(packages).map(p -> Objects.requireNonNull(p, "package")).forEach(javaSerializablePackages::add);
            return this;
        }

        /** Serializes any value no other serializer takes, instead of failing. */
        @SuppressWarnings("unchecked")
        public Builder globalSerializer(StreamSerializer<?> serializer) {
            checkUserTypeId(Objects.requireNonNull(serializer, "serializer"), "global serializer");
            this.globalSerializer = (StreamSerializer<Object>) serializer;
            return this;
        }

        private static void checkUserTypeId(StreamSerializer<?> serializer, String what) {
            if (serializer.typeId() <= 0) {
                throw new IllegalArgumentException("the " + what + " has type id " + serializer.typeId()
                        + "; user type ids must be positive (0 and below belong to built-in types)");
            }
        }

        public SerializationConfig build() {
            if (jsonMapper == null && !jsonPackages.isEmpty()) {
                throw new IllegalStateException("jsonPackages needs JSON mode: call json(objectMapper) too");
            }
            return new SerializationConfig(this);
        }
    }
}
