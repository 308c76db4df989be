package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.CompactRecord;
import io.hzclient.serialization.CompactSerializer;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.serialization.StreamSerializer;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Compact (-55): an int64 schema id, then the object's body laid out by that schema. The schema of a class is
 * learned from its first write; until the cluster confirms it, the {@link SchemaService} notes it for the writing
 * thread, whose next request sends it first. A reader looks the id up (an unknown one is an
 * {@link UnknownSchemaException}, fetched by the caller) and reads with the writer's schema, so versions of a class
 * can differ.
 */
final class CompactStreamSerializer implements StreamSerializer<Object> {
    private final SchemaService schemas;
    private final CompactRegistry registry;
    private final ConcurrentHashMap<Class<?>, KnownSchema> schemaOfClass = new ConcurrentHashMap<>();

    /** No generation: the cluster had not confirmed the schema when it was cached. */
    private static final int UNCONFIRMED = Integer.MIN_VALUE;

    /** A class's schema and the schema-service generation in which the cluster was known to have it. */
    private record KnownSchema(Schema schema, int generation) {
    }

    CompactStreamSerializer(SchemaService schemas, CompactRegistry registry) {
        this.schemas = schemas;
        this.registry = registry;
    }

    CompactRegistry registry() {
        return registry;
    }

    @Override
    public int typeId() {
        return TypeIds.COMPACT;
    }

    @Override
    public void write(ObjectDataOutput out, Object value) {
        writeNested((ByteArrayOutput) out, value);
    }

    @Override
    public Object read(ObjectDataInput in) {
        return readNested((ByteArrayInput) in);
    }

    void writeNested(ByteArrayOutput out, Object value) {
        CompactSerializer<Object> serializer = registry.forClass(value.getClass());
        Schema schema = schemaFor(value, serializer);
        out.writeLong(schema.id());
        out.enterNested();
        try {
            CompactBodyWriter writer = new CompactBodyWriter(this, out, schema);
            serializer.write(writer, value);
            writer.end();
        } finally {
            out.exitNested();
        }
    }

    private Schema schemaFor(Object value, CompactSerializer<Object> serializer) {
        if (value instanceof CompactRecord record) { // its own schema, whatever its type name
            Schema schema = CompactRecordSerializer.schemaOf(record);
            schemas.noteWritten(schema);
            return schema;
        }
        KnownSchema known = schemaOfClass.get(value.getClass());
        int generation = schemas.generation();
        if (known != null && known.generation() == generation) {
            return known.schema();
        }
        Schema schema;
        if (known != null) {
            schema = known.schema();
        } else {
            SchemaRecorder recorder = new SchemaRecorder();
            serializer.write(recorder, value);
            schema = recorder.schema(serializer.getTypeName());
        }
        // not on the cluster yet: noted for this thread's next request, and looked at again on the next write
        boolean onCluster = schemas.noteWritten(schema);
        if (onCluster || known == null) {
            schemaOfClass.put(value.getClass(), new KnownSchema(schema, onCluster ? generation : UNCONFIRMED));
        }
        return schema;
    }

    <T> T readNested(ByteArrayInput in) {
        return readNested(in, false);
    }

    /**
     * Reads one object; with {@code inline} (Compact with schema, -56) each object's schema follows its id:
     * int32 size, then the schema as the members write it (an IdentifiedDataSerializable).
     */
    @SuppressWarnings("unchecked")
    <T> T readNested(ByteArrayInput in, boolean inline) {
        long id = in.readLong();
        Schema schema = inline ? inlineSchema(in, id) : schemas.get(id);
        CompactSerializer<Object> serializer = registry.forTypeName(schema.typeName());
        in.enterNested();
        try {
            return (T) serializer.read(new CompactBodyReader(this, in, schema, inline));
        } finally {
            in.exitNested();
        }
    }

    private Schema inlineSchema(ByteArrayInput in, long id) {
        int size = in.readLength(1, "Compact schema");
        if (size < 0) {
            throw new SerializationException("a Compact schema in the data has size " + size);
        }
        int end = in.position() + size;
        Schema schema = schemas.getLocal(id);
        if (schema == null) {
            schema = InlineSchemas.read(in);
            if (schema.id() != id) {
                throw new SerializationException("the schema in the data has id " + schema.id() + ", not " + id);
            }
            schemas.putLocal(schema);
        }
        in.position(end);
        return schema;
    }

    /** Reads Compact with schema (-56): what the members send when the receiver may lack the schemas. */
    StreamSerializer<Object> withSchemaReader() {
        CompactStreamSerializer compact = this;
        return new StreamSerializer<>() {
            @Override
            public int typeId() {
                return TypeIds.COMPACT_WITH_SCHEMA;
            }

            @Override
            public void write(ObjectDataOutput out, Object value) {
                throw new SerializationException("this client writes Compact without schema (-55) only");
            }

            @Override
            public Object read(ObjectDataInput in) {
                return compact.readNested((ByteArrayInput) in, true);
            }
        };
    }
}
