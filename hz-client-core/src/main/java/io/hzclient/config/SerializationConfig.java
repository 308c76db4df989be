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
    private final boolean jsonEnabled;
    private final Object jsonMapper;
    private final Set<String> jsonClasses;
    private final Set<String> jsonPackages;
    private final Set<String> javaSerializableClasses;
    private final Set<String> javaSerializablePackages;

    private SerializationConfig(Builder b) {
        this.jsonEnabled = b.jsonEnabled;
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

    /**
     * A builder with the defaults: big-endian, built-in types and zero-config Compact only.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The defaults: big-endian, built-in types only.
     *
     * @return the default config
     */
    public static SerializationConfig defaults() {
        return builder().build();
    }

    /**
     * The byte order of payloads; the Data header is big-endian whatever this says.
     *
     * @return big-endian by default
     */
    public ByteOrder byteOrder() {
        return byteOrder;
    }

    /**
     * Serializers for user classes (and their subclasses), keyed by the class they were registered for.
     *
     * @return the serializers (immutable)
     */
    public Map<Class<?>, StreamSerializer<?>> serializers() {
        return serializers;
    }

    /**
     * The serializer of what nothing else takes.
     *
     * @return the global serializer, or null if none
     */
    public StreamSerializer<Object> globalSerializer() {
        return globalSerializer;
    }

    /**
     * Factories of IdentifiedDataSerializable classes, by factory id.
     *
     * @return the factories (immutable)
     */
    public Map<Integer, DataSerializableFactory> dataSerializableFactories() {
        return dataSerializableFactories;
    }

    /**
     * Factories of Portable classes, by factory id.
     *
     * @return the factories (immutable)
     */
    public Map<Integer, PortableFactory> portableFactories() {
        return portableFactories;
    }

    /**
     * The class version of Portables that do not say theirs (VersionedPortable).
     *
     * @return 0 by default
     */
    public int portableVersion() {
        return portableVersion;
    }

    /**
     * Explicit Compact serializers; other records and plain classes use zero-config Compact.
     *
     * @return the serializers, in the order added (immutable)
     */
    public List<CompactSerializer<?>> compactSerializers() {
        return compactSerializers;
    }

    /**
     * Whether JSON mode is on.
     *
     * @return false by default
     */
    public boolean jsonEnabled() {
        return jsonEnabled;
    }

    /**
     * The Jackson mapper of JSON mode: a Jackson 3 {@code tools.jackson.databind.ObjectMapper} or a Jackson 2
     * {@code com.fasterxml.jackson.databind.ObjectMapper}. Typed Object: both Jacksons are optional.
     *
     * @return the mapper, or null: JSON mode off, or on with the mapper chosen when the client starts (a default
     *         Jackson 3 mapper, or a Jackson 2 one when only Jackson 2 is on the classpath)
     */
    public Object jsonMapper() {
        return jsonMapper;
    }

    /**
     * Classes JSON mode writes and reads as JSON; with no classes and no packages, every record and plain class.
     *
     * @return the class names (immutable)
     */
    public Set<String> jsonClasses() {
        return jsonClasses;
    }

    /**
     * Packages (and their subpackages) whose classes JSON mode writes and reads as JSON.
     *
     * @return the package names (immutable)
     */
    public Set<String> jsonPackages() {
        return jsonPackages;
    }

    /**
     * Class names Java serialization may write and read.
     *
     * @return the class names (immutable); empty (the default) with no packages means Java serialization is off
     */
    public Set<String> javaSerializableClasses() {
        return javaSerializableClasses;
    }

    /**
     * Packages (and their subpackages) whose Serializable classes Java serialization may write and read.
     *
     * @return the package names (immutable)
     */
    public Set<String> javaSerializablePackages() {
        return javaSerializablePackages;
    }

    /** Collects serializers and options; {@link #build()} makes the immutable config. */
    public static final class Builder {
        private ByteOrder byteOrder = ByteOrder.BIG_ENDIAN;
        private final Map<Class<?>, StreamSerializer<?>> serializers = new LinkedHashMap<>();
        private StreamSerializer<Object> globalSerializer;
        private final Map<Integer, DataSerializableFactory> dataSerializableFactories = new LinkedHashMap<>();
        private final List<CompactSerializer<?>> compactSerializers = new ArrayList<>();
        private final Map<Integer, PortableFactory> portableFactories = new LinkedHashMap<>();
        private int portableVersion;
        private final Set<String> javaSerializableClasses = new LinkedHashSet<>();
        private boolean jsonEnabled;
        private Object jsonMapper;
        private final Set<String> jsonClasses = new LinkedHashSet<>();
        private final Set<String> jsonPackages = new LinkedHashSet<>();
        private final Set<String> javaSerializablePackages = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * Sets the byte order of payloads. Every client and member that reads the data must use the same.
         *
         * @param byteOrder the byte order
         * @return this builder
         * @throws NullPointerException if {@code byteOrder} is null
         */
        public Builder byteOrder(ByteOrder byteOrder) {
            this.byteOrder = Objects.requireNonNull(byteOrder, "byteOrder");
            return this;
        }

        /**
         * Serializes {@code type} and its subclasses with {@code serializer}. Its type id must be positive and
         * unique; the built-in types (String, numbers, collections...) cannot be overridden.
         *
         * @param type       the class to serialize
         * @param serializer its serializer
         * @param <T>        the class
         * @return this builder
         * @throws NullPointerException if {@code type} or {@code serializer} is null
         * @throws IllegalArgumentException if the serializer's type id is 0 or negative
         */
        public <T> Builder serializer(Class<T> type, StreamSerializer<? super T> serializer) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(serializer, "serializer");
            checkUserTypeId(serializer, "serializer for " + type.getName());
            serializers.put(type, serializer);
            return this;
        }

        /**
         * Makes the IdentifiedDataSerializable instances of {@code factoryId} when they are read.
         *
         * @param factoryId the factory id the classes name
         * @param factory   makes an empty instance per class id
         * @return this builder
         * @throws NullPointerException if {@code factory} is null
         * @throws IllegalArgumentException if a factory is registered for that id already
         */
        public Builder dataSerializableFactory(int factoryId, DataSerializableFactory factory) {
            Objects.requireNonNull(factory, "factory");
            if (dataSerializableFactories.putIfAbsent(factoryId, factory) != null) {
                throw new IllegalArgumentException("a DataSerializableFactory is already registered for factory id "
                        + factoryId);
            }
            return this;
        }

        /**
         * Makes the Portable instances of {@code factoryId} when they are read.
         *
         * @param factoryId the factory id the classes name
         * @param factory   makes an empty instance per class id
         * @return this builder
         * @throws NullPointerException if {@code factory} is null
         * @throws IllegalArgumentException if a factory is registered for that id already
         */
        public Builder portableFactory(int factoryId, PortableFactory factory) {
            Objects.requireNonNull(factory, "factory");
            if (portableFactories.putIfAbsent(factoryId, factory) != null) {
                throw new IllegalArgumentException("a PortableFactory is already registered for factory id " + factoryId);
            }
            return this;
        }

        /**
         * The class version written for Portables that are not VersionedPortable.
         *
         * @param version 0 or more
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
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
         *
         * @param serializer the serializer
         * @return this builder
         * @throws NullPointerException if {@code serializer}, its class or its type name is null
         */
        public Builder compactSerializer(CompactSerializer<?> serializer) {
            Objects.requireNonNull(serializer, "serializer");
            Objects.requireNonNull(serializer.getCompactClass(), "the Compact class of " + serializer);
            Objects.requireNonNull(serializer.getTypeName(), "the Compact type name of " + serializer);
            compactSerializers.add(serializer);
            return this;
        }

        /**
         * JSON mode: plain classes are stored with Jackson as JSON values (type id -130), which the members can
         * query like any JSON, instead of as zero-config Compact. The class name goes along in an "@type" property
         * so values read back as their class; JSON without it reads as a JsonValue. With {@code types}, only those
         * classes use JSON; with none, every record and plain class does. A class name met in data is only
         * instantiated if it is listed here (or in {@link #jsonPackages}) or was written by this client.
         * <p>
         * The mapper is the one given to {@link #jsonMapper} or {@link #jackson2JsonMapper}; with neither, the client
         * makes one when it starts: Jackson 3 ({@code tools.jackson.core:jackson-databind}) if it is on the
         * classpath, else Jackson 2 ({@code com.fasterxml.jackson.core:jackson-databind}), with the modules found on
         * the classpath. With no Jackson at all the client refuses to start
         * ({@link io.hzclient.SerializationException}).
         *
         * @param types the classes to store as JSON; none for every record and plain class
         * @return this builder
         * @throws NullPointerException if a type is null
         */
        public Builder json(Class<?>... types) {
            Arrays.stream(types).map(t -> Objects.requireNonNull(t, "type").getName()).forEach(jsonClasses::add);
            this.jsonEnabled = true;
            return this;
        }

        /**
         * Turns JSON mode on (see {@link #json}) with this Jackson 3 mapper, e.g. the application's
         * {@code JsonMapper}: its modules, naming strategy and features shape the stored JSON.
         *
         * @param mapper a Jackson 3 mapper ({@code tools.jackson.core:jackson-databind} on the classpath)
         * @return this builder
         * @throws NullPointerException if {@code mapper} is null
         */
        public Builder jsonMapper(tools.jackson.databind.ObjectMapper mapper) {
            this.jsonMapper = Objects.requireNonNull(mapper, "mapper");
            this.jsonEnabled = true;
            return this;
        }

        /**
         * Turns JSON mode on (see {@link #json}) with this Jackson 2 mapper, for applications still on Jackson 2.
         * Prefer {@link #jsonMapper} (Jackson 3).
         *
         * @param mapper a Jackson 2 mapper ({@code com.fasterxml.jackson.core:jackson-databind} on the classpath)
         * @return this builder
         * @throws NullPointerException if {@code mapper} is null
         */
        public Builder jackson2JsonMapper(com.fasterxml.jackson.databind.ObjectMapper mapper) {
            this.jsonMapper = Objects.requireNonNull(mapper, "mapper");
            this.jsonEnabled = true;
            return this;
        }

        /**
         * In JSON mode, also store the classes of these packages (and subpackages) as JSON, and read them back.
         *
         * @param packages package names, e.g. {@code com.example.model}
         * @return this builder
         * @throws NullPointerException if a package is null
         */
        public Builder jsonPackages(String... packages) {
            Arrays.stream(packages).map(p -> Objects.requireNonNull(p, "package")).forEach(jsonPackages::add);
            return this;
        }

        /**
         * Lets Java serialization (type id -100) write and read these classes. It is off by default: reading it
         * can run code chosen by whoever wrote the bytes, so only classes on this list (and plain JDK values and
         * collections inside them) are ever loaded. Prefer Compact for new code.
         *
         * @param types Serializable classes
         * @return this builder
         * @throws IllegalArgumentException if a class is not {@link java.io.Serializable}
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

        /**
         * Lets Java serialization write and read the Serializable classes of these packages and their subpackages.
         *
         * @param packages package names, e.g. {@code com.example.model}
         * @return this builder
         * @throws NullPointerException if a package is null
         */
        public Builder allowJavaSerializationPackages(String... packages) {
            Arrays.stream(packages).map(p -> Objects.requireNonNull(p, "package")).forEach(javaSerializablePackages::add);
            return this;
        }

        /**
         * Serializes any value no other serializer takes, instead of failing.
         *
         * @param serializer the serializer; its type id must be positive
         * @return this builder
         * @throws NullPointerException if {@code serializer} is null
         * @throws IllegalArgumentException if its type id is 0 or negative
         */
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

        /**
         * Makes the immutable config. Two serializers with one type id are found later, when a client starts with it
         * (a {@link io.hzclient.SerializationException}).
         *
         * @return the config
         * @throws IllegalStateException if {@link #jsonPackages} was given without {@link #json} (JSON mode)
         */
        public SerializationConfig build() {
            if (!jsonEnabled && !jsonPackages.isEmpty()) {
                throw new IllegalStateException("jsonPackages needs JSON mode: call json(..) too");
            }
            return new SerializationConfig(this);
        }
    }
}
