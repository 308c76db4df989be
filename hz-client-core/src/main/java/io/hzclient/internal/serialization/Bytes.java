package io.hzclient.internal.serialization;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Multi-byte reads and writes in either byte order; the VarHandles compile to single loads and stores. */
final class Bytes {
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Bytes() {
    }

    static void putShort(byte[] b, int at, short v, boolean bigEndian) {
        if (bigEndian) {
            SHORT_BE.set(b, at, v);
        } else {
            SHORT_LE.set(b, at, v);
        }
    }

    static short getShort(byte[] b, int at, boolean bigEndian) {
        return bigEndian ? (short) SHORT_BE.get(b, at) : (short) SHORT_LE.get(b, at);
    }

    static void putInt(byte[] b, int at, int v, boolean bigEndian) {
        if (bigEndian) {
            INT_BE.set(b, at, v);
        } else {
            INT_LE.set(b, at, v);
        }
    }

    static int getInt(byte[] b, int at, boolean bigEndian) {
        return bigEndian ? (int) INT_BE.get(b, at) : (int) INT_LE.get(b, at);
    }

    static void putLong(byte[] b, int at, long v, boolean bigEndian) {
        if (bigEndian) {
            LONG_BE.set(b, at, v);
        } else {
            LONG_LE.set(b, at, v);
        }
    }

    static long getLong(byte[] b, int at, boolean bigEndian) {
        return bigEndian ? (long) LONG_BE.get(b, at) : (long) LONG_LE.get(b, at);
    }
}
