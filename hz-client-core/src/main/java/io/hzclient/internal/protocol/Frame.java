package io.hzclient.internal.protocol;

/**
 * One frame of a client message: {@code [int32 length][uint16 flags][content]} on the wire, little-endian.
 * The content array is owned by the frame and never copied again once built.
 */
public final class Frame {
    public static final int HEADER_SIZE = 6;

    public static final int BEGIN_FRAGMENT = 0x8000;
    public static final int END_FRAGMENT = 0x4000;
    public static final int UNFRAGMENTED = BEGIN_FRAGMENT | END_FRAGMENT;
    public static final int IS_FINAL = 0x2000;
    public static final int BEGIN_DATA_STRUCTURE = 0x1000;
    public static final int END_DATA_STRUCTURE = 0x0800;
    public static final int IS_NULL = 0x0400;
    public static final int IS_EVENT = 0x0200;
    public static final int BACKUP_AWARE = 0x0100;
    public static final int BACKUP_EVENT = 0x0080;

    private static final byte[] EMPTY = new byte[0];

    public final byte[] content;
    public int flags;

    public Frame(byte[] content, int flags) {
        this.content = content;
        this.flags = flags;
    }

    public Frame(byte[] content) {
        this(content, 0);
    }

    public static Frame nullFrame() {
        return new Frame(EMPTY, IS_NULL);
    }

    public static Frame beginFrame() {
        return new Frame(EMPTY, BEGIN_DATA_STRUCTURE);
    }

    public static Frame endFrame() {
        return new Frame(EMPTY, END_DATA_STRUCTURE);
    }

    public boolean has(int flag) {
        return (flags & flag) == flag;
    }

    public boolean isNull() {
        return has(IS_NULL);
    }

    public boolean isBegin() {
        return has(BEGIN_DATA_STRUCTURE);
    }

    public boolean isEnd() {
        return has(END_DATA_STRUCTURE);
    }

    public boolean isFinal() {
        return has(IS_FINAL);
    }

    /** Size of this frame on the wire, header included. */
    public int wireSize() {
        return HEADER_SIZE + content.length;
    }
}
