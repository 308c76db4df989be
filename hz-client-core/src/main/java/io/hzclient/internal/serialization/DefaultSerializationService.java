package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.config.SerializationConfig;
import io.hzclient.serialization.StreamSerializer;

import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The client's serialization: picks a serializer by class to write and by type id to read, and frames the result
 * as {@link Data}. String, Integer and Long keys, and byte[] values read back, take a short path that allocates only the
 * result. Thread-safe.
 */
public final class DefaultSerializationService implements SerializationService,
        ByteArrayOutput.ObjectCodec, ByteArrayInput.ObjectCodec {
    /** A per-thread output buffer that grew past this is dropped rather than kept forever. */
    private static final int POOLED_BUFFER_LIMIT = 64 * 1024;
    private static final int INITIAL_BUFFER_SIZE = 256;

    private final ByteOrder byteOrder;
    private final boolean bigEndian;
    private final SerializerRegistry registry;
    private final ThreadLocal<ByteArrayOutput> idleOutput = new ThreadLocal<>();
    private final ThreadLocal<ReusedPair> reused = ThreadLocal.withInitial(ReusedPair::new);
    private final SchemaService schemas;

    public DefaultSerializationService(SerializationConfig config) {
        this.byteOrder = config.byteOrder();
        this.bigEndian = byteOrder == ByteOrder.BIG_ENDIAN;
        this.schemas = new SchemaService();
        this.registry = SerializerRegistrations.from(config, schemas);
    }

    /** The Compact schemas; the client attaches a {@link SchemaTransport} here once it can reach the cluster. */
    public SchemaService schemas() {
        return schemas;
    }

    public ByteOrder byteOrder() {
        return byteOrder;
    }

    @Override
    public void requireSchemaOf(byte[] dataBytes) {
        if (dataBytes != null && dataBytes.length >= Data.HEADER_SIZE + Long.BYTES
                && Bytes.getInt(dataBytes, Data.TYPE_OFFSET, true) == TypeIds.COMPACT) {
            schemas.get(Bytes.getLong(dataBytes, Data.HEADER_SIZE, bigEndian)); // the payload starts with it
        }
    }

    @Override
    public Data toData(Object value) {
        if (value instanceof Data data) {
            return data;
        }
        byte[] bytes = toDataBytes(value);
        return bytes == null ? null : Data.of(bytes);
    }

    @Override
    public byte[] toDataBytes(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Data data) {
            return data.toByteArray();
        }
        Class<?> type = value.getClass();
        if (type == String.class) {
            return stringBytes((String) value);
        }
        if (type == Integer.class) {
            byte[] b = header(4, TypeIds.INT);
            Bytes.putInt(b, Data.HEADER_SIZE, (Integer) value, bigEndian);
            return b;
        }
        if (type == Long.class) {
            byte[] b = header(8, TypeIds.LONG);
            Bytes.putLong(b, Data.HEADER_SIZE, (Long) value, bigEndian);
            return b;
        }
        return toBytes(value, registry.forClass(type));
    }

    @Override
    public Serialized toReusedKey(Object value) {
        ReusedPair pair = reused.get();
        return pair.writing ? toData(checkNotNullValue(value)) : write(value, pair, pair.key);
    }

    @Override
    public Serialized toReusedValue(Object value) {
        ReusedPair pair = reused.get();
        return pair.writing ? toData(checkNotNullValue(value)) : write(value, pair, pair.value);
    }

    private Serialized write(Object value, ReusedPair pair, ReusedBytes into) {
        if (value instanceof Data data) {
            return data;
        }
        pair.writing = true;
        try {
            writeData(value, into);
            return into;
        } finally {
            pair.writing = false;
        }
    }

    private static Object checkNotNullValue(Object value) {
        if (value == null) {
            throw new NullPointerException("a null value has no Data bytes");
        }
        return value;
    }

    /** A thread's two reused buffers; {@code writing} while one is being written (a serializer may send requests). */
    private static final class ReusedPair {
        final ReusedBytes key = new ReusedBytes();
        final ReusedBytes value = new ReusedBytes();
        boolean writing;
    }

    /** {@link #toDataBytes} written in place: the short paths straight into the sink, others copied from a reused buffer. */
    @Override
    public void writeData(Object value, DataSink sink) {
        if (value == null) {
            throw new NullPointerException("a null value has no Data bytes");
        }
        if (value instanceof Data data) {
            byte[] bytes = data.toByteArray();
            System.arraycopy(bytes, 0, sink.array(), sink.reserve(bytes.length), bytes.length);
            return;
        }
        Class<?> type = value.getClass();
        if (type == String.class) {
            String s = (String) value;
            int length = Utf8.encodedLength(s);
            int at = headerIn(sink, 4 + length, TypeIds.STRING);
            byte[] b = sink.array();
            Bytes.putInt(b, at + Data.HEADER_SIZE, length, bigEndian);
            Utf8.encode(s, b, at + Data.HEADER_SIZE + 4);
        } else if (type == Integer.class) {
            int at = headerIn(sink, 4, TypeIds.INT);
            Bytes.putInt(sink.array(), at + Data.HEADER_SIZE, (Integer) value, bigEndian);
        } else if (type == Long.class) {
            int at = headerIn(sink, 8, TypeIds.LONG);
            Bytes.putLong(sink.array(), at + Data.HEADER_SIZE, (Long) value, bigEndian);
        } else {
            writeData(value, registry.forClass(type), sink);
        }
    }

    /** Room in the sink for a Data of the given payload size, its header written; returns where the Data starts. */
    private static int headerIn(DataSink sink, int payloadSize, int typeId) {
        int at = sink.reserve(Data.HEADER_SIZE + payloadSize);
        byte[] b = sink.array();
        Bytes.putInt(b, at + Data.PARTITION_HASH_OFFSET, 0, true);
        Bytes.putInt(b, at + Data.TYPE_OFFSET, typeId, true);
        return at;
    }

    private void writeData(Object value, StreamSerializer<Object> serializer, DataSink sink) {
        ByteArrayOutput out = takeOutput();
        try {
            out.writeIntBigEndian(0);
            out.writeIntBigEndian(serializer.typeId());
            serializer.write(out, value);
            out.copyTo(sink);
        } catch (RuntimeException e) {
            throw writeFailure(value, serializer, e);
        } finally {
            releaseOutput(out);
        }
    }

    private byte[] stringBytes(String s) {
        int length = Utf8.encodedLength(s);
        byte[] b = header(4 + length, TypeIds.STRING);
        Bytes.putInt(b, Data.HEADER_SIZE, length, bigEndian);
        Utf8.encode(s, b, Data.HEADER_SIZE + 4);
        return b;
    }

    /** An array for a payload of the given size, its header filled in: partition hash 0, then the type id. */
    private static byte[] header(int payloadSize, int typeId) {
        byte[] b = new byte[Data.HEADER_SIZE + payloadSize];
        Bytes.putInt(b, Data.TYPE_OFFSET, typeId, true);
        return b;
    }

    private byte[] toBytes(Object value, StreamSerializer<Object> serializer) {
        ByteArrayOutput out = takeOutput();
        try {
            out.writeIntBigEndian(0); // partition hash: members compute it from the payload
            out.writeIntBigEndian(serializer.typeId());
            serializer.write(out, value);
            return out.toByteArray();
        } catch (RuntimeException e) {
            throw writeFailure(value, serializer, e);
        } finally {
            releaseOutput(out);
        }
    }

    private ByteArrayOutput takeOutput() {
        ByteArrayOutput out = idleOutput.get();
        if (out == null) {
            return new ByteArrayOutput(byteOrder, this, INITIAL_BUFFER_SIZE);
        }
        idleOutput.set(null); // a serializer that calls toData again gets its own buffer
        return out;
    }

    private void releaseOutput(ByteArrayOutput out) {
        if (out.capacity() <= POOLED_BUFFER_LIMIT) {
            out.reset();
            idleOutput.set(out);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T toObject(Object value) {
        if (!(value instanceof Data data)) {
            return (T) value;
        }
        int typeId = data.type();
        if (typeId == TypeIds.NULL) {
            return null;
        }
        if (typeId == TypeIds.BYTE_ARRAY) {
            byte[] array = byteArray(data);
            if (array != null) {
                return (T) array;
            }
        }
        StreamSerializer<Object> serializer = registry.forTypeId(typeId);
        ByteArrayInput in = new ByteArrayInput(data.toByteArray(), Data.HEADER_SIZE, byteOrder, this);
        try {
            return (T) serializer.read(in);
        } catch (UnknownSchemaException e) {
            throw e; // the caller fetches the schema and reads again
        } catch (RuntimeException e) {
            throw new SerializationException("cannot read a value of type id " + typeId + " with "
                    + serializerName(serializer) + ": " + e.getMessage(), e);
        }
    }

    /** A well-formed byte[] value read without a reader; null for anything else (the reader then says what is wrong). */
    private byte[] byteArray(Data data) {
        byte[] bytes = data.toByteArray();
        int start = Data.HEADER_SIZE + 4;
        int length = bytes.length - start;
        if (length < 0 || Bytes.getInt(bytes, Data.HEADER_SIZE, bigEndian) != length) {
            return null;
        }
        return Arrays.copyOfRange(bytes, start, bytes.length);
    }

    @Override
    public void writeObject(ByteArrayOutput out, Object value) {
        if (value == null) {
            out.writeInt(TypeIds.NULL);
            return;
        }
        if (value instanceof Data) {
            throw new SerializationException("a Data cannot be nested with writeObject; deserialize it first");
        }
        StreamSerializer<Object> serializer = registry.forClass(value.getClass());
        out.writeInt(serializer.typeId());
        out.enterNested();
        try {
            serializer.write(out, value);
        } finally {
            out.exitNested();
        }
    }

    @Override
    public Object readObject(ByteArrayInput in) {
        int typeId = in.readInt();
        if (typeId == TypeIds.NULL) {
            return null;
        }
        StreamSerializer<Object> serializer = registry.forTypeId(typeId);
        in.enterNested();
        try {
            return serializer.read(in);
        } finally {
            in.exitNested();
        }
    }

    private static SerializationException writeFailure(Object value, StreamSerializer<?> serializer,
                                                       RuntimeException e) {
        return new SerializationException("cannot serialize a " + value.getClass().getName() + " with "
                + serializerName(serializer) + " (type id " + serializer.typeId() + "): " + e.getMessage(), e);
    }

    private static String serializerName(StreamSerializer<?> serializer) {
        return serializer instanceof SimpleSerializer ? "the built-in serializer" : serializer.getClass().getName();
    }
}
