package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.DataSerializableFactory;
import io.hzclient.serialization.IdentifiedDataSerializable;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.serialization.StreamSerializer;

import java.util.Map;

/**
 * IdentifiedDataSerializable (-2): a header byte, int32 factory id, int32 class id, then the object's own fields.
 * Header bit 0 says "identified"; bit 1 says two version bytes follow the ids (newer members), which we skip.
 */
final class IdentifiedSerializer implements StreamSerializer<IdentifiedDataSerializable> {
    private static final byte IDENTIFIED = 1;
    private static final byte VERSIONED = 1 << 1;

    private final Map<Integer, DataSerializableFactory> factories;

    IdentifiedSerializer(Map<Integer, DataSerializableFactory> factories) {
        this.factories = Map.copyOf(factories);
    }

    @Override
    public int typeId() {
        return TypeIds.DATA_SERIALIZABLE;
    }

    @Override
    public void write(ObjectDataOutput out, IdentifiedDataSerializable value) {
        out.writeByte(IDENTIFIED);
        out.writeInt(value.getFactoryId());
        out.writeInt(value.getClassId());
        value.writeData(out);
    }

    @Override
    public IdentifiedDataSerializable read(ObjectDataInput in) {
        byte header = in.readByte();
        if ((header & IDENTIFIED) == 0) {
            throw new SerializationException("the data holds a plain DataSerializable named "
                    + in.readString() + "; this client reads only IdentifiedDataSerializable");
        }
        int factoryId = in.readInt();
        int classId = in.readInt();
        if ((header & VERSIONED) != 0) {
            in.readByte();
            in.readByte();
        }
        DataSerializableFactory factory = factories.get(factoryId);
        if (factory == null) {
            throw new SerializationException("no DataSerializableFactory is registered for factory id " + factoryId
                    + " (class id " + classId + "); add one to SerializationConfig");
        }
        IdentifiedDataSerializable value = factory.create(classId);
        if (value == null) {
            throw new SerializationException("the DataSerializableFactory for factory id " + factoryId
                    + " made nothing for class id " + classId);
        }
        try {
            value.readData(in);
        } catch (UnknownSchemaException e) {
            throw e; // a nested Compact value: the caller fetches its schema and reads again
        } catch (RuntimeException e) {
            throw new SerializationException("cannot read " + value.getClass().getName() + " (factory id "
                    + factoryId + ", class id " + classId + "): " + e.getMessage(), e);
        }
        return value;
    }
}
