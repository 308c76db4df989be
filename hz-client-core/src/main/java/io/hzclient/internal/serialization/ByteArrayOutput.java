package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.ObjectDataOutput;

import java.nio.ByteOrder;
import java.util.Arrays;

/** A growable output over a byte array; the payload uses the configured byte order. Not thread-safe. */
final class ByteArrayOutput implements ObjectDataOutput {
    /** The largest array the JVMs reliably allocate. */
    private static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    private final boolean bigEndian;
    private final ObjectCodec objects;
    private byte[] buffer;
    private int position;
    private int depth;

    ByteArrayOutput(ByteOrder order, ObjectCodec objects, int initialSize) {
        this.bigEndian = order == ByteOrder.BIG_ENDIAN;
        this.objects = objects;
        this.buffer = new byte[initialSize];
    }

    /** Writes nested values on behalf of an output; the serialization service in production. */
    interface ObjectCodec {
        void writeObject(ByteArrayOutput out, Object value);
    }

    /** Claims {@code n} bytes; may replace {@link #buffer}, so call it before reading that field. */
    private int reserve(int n) {
        if (n > buffer.length - position) {
            grow(n);
        }
        int at = position;
        position += n;
        return at;
    }

    private void grow(int n) {
        long needed = (long) position + n;
        if (needed > MAX_SIZE) {
            throw new SerializationException("serialized value exceeds " + MAX_SIZE + " bytes");
        }
        long doubled = Math.max((long) buffer.length * 2, 32);
        buffer = Arrays.copyOf(buffer, (int) Math.min(MAX_SIZE, Math.max(doubled, needed)));
    }

    /** Counts one more level of nesting: a graph that contains itself must fail, not overflow the stack. */
    void enterNested() {
        if (++depth > ByteArrayInput.MAX_DEPTH) {
            throw new SerializationException("values are nested deeper than " + ByteArrayInput.MAX_DEPTH
                    + " levels; does the object graph contain a cycle?");
        }
    }

    void exitNested() {
        depth--;
    }

    int position() {
        return position;
    }

    /** Moves the write position back (to patch a header) or forward (within what was written). */
    void position(int newPosition) {
        if (newPosition < 0 || newPosition > buffer.length) {
            throw new SerializationException("position " + newPosition + " outside the buffer");
        }
        position = newPosition;
    }

    /** What was written, copied into one reserve of the sink. */
    void copyTo(DataSink sink) {
        int at = sink.reserve(position);
        System.arraycopy(buffer, 0, sink.array(), at, position);
    }

    void reset() {
        position = 0;
        depth = 0;
    }

    int capacity() {
        return buffer.length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, position);
    }

    /** The Data header fields are big-endian whatever the payload order is. */
    void writeIntBigEndian(int v) {
        int at = reserve(4);
        Bytes.putInt(buffer, at, v, true);
    }

    /** Reserves {@code n} zero bytes (a pooled buffer holds old bytes) and returns where they start. */
    int writeZeros(int n) {
        int at = reserve(n);
        Arrays.fill(buffer, at, at + n, (byte) 0);
        return at;
    }

    void writeByteAt(int at, int v) {
        buffer[at] = (byte) v;
    }

    void writeShortAt(int at, int v) {
        Bytes.putShort(buffer, at, (short) v, bigEndian);
    }

    void writeIntAt(int at, int v) {
        Bytes.putInt(buffer, at, v, bigEndian);
    }

    void writeLongAt(int at, long v) {
        Bytes.putLong(buffer, at, v, bigEndian);
    }

    void writeBitAt(int at, int bit, boolean v) {
        buffer[at] = (byte) (v ? buffer[at] | 1 << bit : buffer[at] & ~(1 << bit));
    }

    @Override
    public void writeByte(int v) {
        int at = reserve(1);
        buffer[at] = (byte) v;
    }

    @Override
    public void writeBoolean(boolean v) {
        int at = reserve(1);
        buffer[at] = (byte) (v ? 1 : 0);
    }

    @Override
    public void writeChar(int v) {
        int at = reserve(2);
        Bytes.putShort(buffer, at, (short) v, bigEndian);
    }

    @Override
    public void writeShort(int v) {
        int at = reserve(2);
        Bytes.putShort(buffer, at, (short) v, bigEndian);
    }

    @Override
    public void writeInt(int v) {
        int at = reserve(4);
        Bytes.putInt(buffer, at, v, bigEndian);
    }

    @Override
    public void writeLong(long v) {
        int at = reserve(8);
        Bytes.putLong(buffer, at, v, bigEndian);
    }

    @Override
    public void writeFloat(float v) {
        writeInt(Float.floatToIntBits(v));
    }

    @Override
    public void writeDouble(double v) {
        writeLong(Double.doubleToLongBits(v));
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        int at = reserve(length);
        System.arraycopy(bytes, offset, buffer, at, length);
    }

    @Override
    public void writeString(String s) {
        if (s == null) {
            writeInt(-1);
            return;
        }
        int length = Utf8.encodedLength(s);
        writeInt(length);
        int at = reserve(length);
        Utf8.encode(s, buffer, at);
    }

    @Override
    public void writeByteArray(byte[] v) {
        if (writeLength(v == null ? -1 : v.length)) {
            write(v, 0, v.length);
        }
    }

    @Override
    public void writeBooleanArray(boolean[] v) {
        if (writeLength(v == null ? -1 : v.length)) {
            for (boolean b : v) {
                writeBoolean(b);
            }
        }
    }

    @Override
    public void writeCharArray(char[] v) {
        if (writeLength(v == null ? -1 : v.length)) {
            for (char c : v) {
                writeChar(c);
            }
        }
    }

    @Override
    public void writeShortArray(short[] v) {
        if (writeLength(v == null ? -1 : v.length)) {
            for (short s : v) {
                writeShort(s);
            }
        }
    }

    @Override
    public void writeIntArray(int[] v) {
        if (writeLength(v == null ? -1 : v.length)) {
            for (int i : v) {
                writeInt(i);
            }
        }
    }

    @Override
    public void writeLongArray(long[] v) {
        if (writeLength(v == null ? -1 : v.length)) {
            for (long l : v) {
                writeLong(l);
            }
        }
    }

    @Override
    public void writeFloatArray(float[] v) {
        if (writeLength(v == null ? -1 : v.length)) {
            for (float f : v) {
                writeFloat(f);
            }
        }
    }

    @Override
    public void writeDoubleArray(double[] v) {
        if (writeLength(v == null ? -1 : v.length)) {
            for (double d : v) {
                writeDouble(d);
            }
        }
    }

    @Override
    public void writeStringArray(String[] v) {
        if (writeLength(v == null ? -1 : v.length)) {
            for (String s : v) {
                writeString(s);
            }
        }
    }

    /** Writes an array length (-1 for null); tells whether items follow. */
    private boolean writeLength(int length) {
        writeInt(length);
        return length > 0;
    }

    @Override
    public void writeObject(Object value) {
        objects.writeObject(this, value);
    }

    @Override
    public ByteOrder byteOrder() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }
}
