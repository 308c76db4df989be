package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.query.QueryResults;
import io.hzclient.serialization.CompactRecord;
import io.hzclient.serialization.DataSerializableFactory;
import io.hzclient.serialization.IdentifiedDataSerializable;
import io.hzclient.serialization.Portable;
import io.hzclient.serialization.StreamSerializer;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link SerializationConfig} into a {@link SerializerRegistry}. The order of the lookups is the order
 * of precedence: built-ins, IdentifiedDataSerializable, then user serializers (exact class, then the nearest registered supertype), then the
 * global serializer.
 */
final class SerializerRegistrations {

    private SerializerRegistrations() {
    }

    static SerializerRegistry from(SerializationConfig config, SchemaService schemas) {
        SerializerRegistry.Builder registry = SerializerRegistry.builder();
        BuiltInSerializers.registerInto(registry);
        JavaTypeSerializers.registerInto(registry);
        Map<Integer, DataSerializableFactory> factories = new HashMap<>(QueryResults.FACTORIES);
        factories.putAll(config.dataSerializableFactories());
        IdentifiedSerializer identified = new IdentifiedSerializer(factories);
        registry.reader(identified);
        registry.lookup(type -> IdentifiedDataSerializable.class.isAssignableFrom(type) ? identified : null);
        PortableSerializer portable = new PortableSerializer(config.portableFactories(), config.portableVersion());
        registry.reader(portable);
        registry.lookup(type -> Portable.class.isAssignableFrom(type) ? portable : null);
        CompactStreamSerializer compact = new CompactStreamSerializer(schemas,
                new CompactRegistry(config.compactSerializers()));
        registry.reader(compact);
        registry.reader(compact.withSchemaReader());
        registry.lookup(type -> type == CompactRecord.class || compact.registry().hasExplicit(type) ? compact : null);
        Map<Class<?>, StreamSerializer<?>> user = config.serializers();
        user.forEach((type, serializer) -> {
            if (registry.hasBuiltIn(type)) {
                throw new SerializationException("a serializer is registered for " + type.getName()
                        + ", which is a built-in type and cannot be overridden");
            }
            registry.reader(serializer);
        });
        registry.lookup(type -> nearestRegistered(type, user));
        registry.lookup(OtherCollections::serializerFor);
        registerJava(registry, new JavaAllowList(config.javaSerializableClasses(), config.javaSerializablePackages()));
        StreamSerializer<Object> global = config.globalSerializer();
        if (global != null) {
            registry.reader(global);
            registry.lookup(type -> global);
        }
        if (config.jsonEnabled()) {
            JacksonJsonSerializer json = new JacksonJsonSerializer(JsonEngines.choose(config.jsonMapper()),
                    config.jsonClasses(), config.jsonPackages());
            registry.reader(json); // replaces the plain JsonValue reader of -130
            registry.lookup(type -> json.takes(type) ? json : null);
        }
        registry.lookup(type -> CompactRegistry.zeroConfigCandidate(type) ? compact : null);
        return registry.build();
    }

    private static void registerJava(SerializerRegistry.Builder registry, JavaAllowList allowList) {
        if (allowList.isEmpty()) {
            registry.reader(new SimpleSerializer<>(TypeIds.JAVA_SERIALIZABLE, (out, v) -> { }, in -> {
                throw new SerializationException("the data is Java-serialized (type id -100), which is off; allow its"
                        + " classes with SerializationConfig.allowJavaSerialization(..) if you trust the writer");
            }));
            return;
        }
        JavaSerializer java = new JavaSerializer(allowList);
        registry.reader(java);
        registry.lookup(type -> Serializable.class.isAssignableFrom(type) && allowList.allowsUserClass(type)
                ? java : null);
    }

    /** The serializer of the type itself, else of its closest superclass, else of one of its interfaces. */
    private static StreamSerializer<?> nearestRegistered(Class<?> type, Map<Class<?>, StreamSerializer<?>> user) {
        if (user.isEmpty()) {
            return null;
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            StreamSerializer<?> s = user.get(c);
            if (s != null) {
                return s;
            }
        }
        Deque<Class<?>> interfaces = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            interfaces.addAll(java.util.List.of(c.getInterfaces()));
        }
        while (!interfaces.isEmpty()) {
            Class<?> i = interfaces.poll();
            if (seen.add(i)) {
                StreamSerializer<?> s = user.get(i);
                if (s != null) {
                    return s;
                }
                interfaces.addAll(java.util.List.of(i.getInterfaces()));
            }
        }
        return null;
    }
}
