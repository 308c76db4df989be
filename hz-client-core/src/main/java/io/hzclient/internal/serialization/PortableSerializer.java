package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.serialization.Portable;
import io.hzclient.serialization.PortableFactory;
import io.hzclient.serialization.StreamSerializer;
import io.hzclient.serialization.VersionedPortable;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Portable (-1): int32 factory id, int32 class id, int32 class version, then the body. The body names its own
 * fields, so reading needs no class definition: each object reads what its writer's version wrote.
 */
final class PortableSerializer implements StreamSerializer<Portable> {
    private final Map<Integer, PortableFactory> factories;
    private final int defaultVersion;
    private final ConcurrentHashMap<PortableClassDef.Key, PortableClassDef> definitions = new ConcurrentHashMap<>();

    PortableSerializer(Map<Integer, PortableFactory> factories, int defaultVersion) {
        this.factories = Map.copyOf(factories);
        this.defaultVersion = defaultVersion;
    }

    @Override
    public int typeId() {
        return TypeIds.PORTABLE;
    }

    @Override
    public void write(ObjectDataOutput out, Portable value) {
        if (value.getClassId() == 0) {
            throw new SerializationException("the Portable class id of " + value.getClass().getName()
                    + " is 0, which is reserved");
        }
        out.writeInt(value.getFactoryId());
        out.writeInt(value.getClassId());
        writeBody((ByteArrayOutput) out, value);
    }

    /** The version, then the body laid out by the class definition (learned on the class's first write). */
    void writeBody(ByteArrayOutput out, Portable value) {
        int version = value instanceof VersionedPortable v ? v.getClassVersion() : defaultVersion;
        PortableClassDef def = definitions.computeIfAbsent(
                new PortableClassDef.Key(value.getFactoryId(), value.getClassId(), version), key -> {
                    PortableDefRecorder recorder = new PortableDefRecorder(key.factoryId(), key.classId(), version);
                    value.writePortable(recorder);
                    return recorder.definition();
                });
        out.writeInt(version);
        out.enterNested();
        try {
            PortableBodyWriter writer = new PortableBodyWriter(this, out, def);
            value.writePortable(writer);
            writer.end();
        } finally {
            out.exitNested();
        }
    }

    @Override
    public Portable read(ObjectDataInput in) {
        int factoryId = in.readInt();
        int classId = in.readInt();
        return readBody((ByteArrayInput) in, factoryId, classId);
    }

    Portable readBody(ByteArrayInput in, int factoryId, int classId) {
        int version = in.readInt();
        Portable value = create(factoryId, classId);
        in.enterNested();
        try {
            PortableBodyReader reader = new PortableBodyReader(this, in, classId, version);
            try {
                value.readPortable(reader);
            } catch (SerializationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new SerializationException("cannot read Portable " + value.getClass().getName() + " (factory id "
                        + factoryId + ", class id " + classId + "): " + e.getMessage(), e);
            }
            reader.end();
            return value;
        } finally {
            in.exitNested();
        }
    }

    private Portable create(int factoryId, int classId) {
        PortableFactory factory = factories.get(factoryId);
        if (factory == null) {
            throw new SerializationException("no PortableFactory is registered for factory id " + factoryId
                    + " (class id " + classId + "); add one to SerializationConfig");
        }
        Portable value = factory.create(classId);
        if (value == null) {
            throw new SerializationException("the PortableFactory for factory id " + factoryId
                    + " made nothing for class id " + classId);
        }
        return value;
    }
}
