package io.hzclient.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.DecoderException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns bytes from a member into {@link ClientMessage}s, whatever the chunking of the bytes (one byte at a time works).
 *
 * <p>A message is the run of frames that ends at the first frame with {@link Frame#IS_FINAL}. A message whose first
 * frame carries neither or only one of the two fragment flags is a fragment (spec 2.1.4): its first frame holds only
 * the int64 fragment id and is dropped, and the frames that follow are appended to the message being reassembled
 * under that id. Fragments of different ids may interleave. A reassembled message keeps {@code IS_FINAL} on its last
 * frame only.
 *
 * <p>A message over {@code maxMessageBytes} on the wire (default {@value #DEFAULT_MAX_MESSAGE_BYTES}, 64 MiB; for a
 * fragmented message, its frames without the fragment id frames) is not read but skipped: from the frame that takes
 * it over the limit on, its bytes are dropped as they arrive (a frame longer than the limit too, across as many
 * reads as it takes), and what was read of it is let go, so the decoder never holds more than the limit. Which call
 * it answers comes from its initial frame, read already or, when that frame is itself the one over the limit, from
 * its first 18 bytes. Once its last frame (for a fragmented message: its last fragment's) has
 * passed, an {@link OversizedMessage} goes down the pipeline in its place. The stream stays in step: the messages
 * after it decode as usual.
 *
 * <p>Bad data fails with a {@link ProtocolException} that names the reason (the connection is then useless and must
 * be closed; this decoder drops every later byte):
 * <ul>
 *   <li>a frame length below 6 (the header size);</li>
 *   <li>a fragment id frame shorter than 8 bytes or longer than the limit, a fragment with no frame after its id, a
 *       middle or last fragment of an unknown id, or a first fragment of an id already pending;</li>
 *   <li>more than {@code maxPendingFragmented} messages being reassembled at once (default
 *       {@value #DEFAULT_MAX_PENDING_FRAGMENTED});</li>
 *   <li>a message to skip whose initial frame is too short to hold a correlation id.</li>
 * </ul>
 * No frame content is allocated before all its bytes have arrived.
 *
 * <p>Exceptions reach the next handlers' {@code exceptionCaught} as the {@code ProtocolException} itself, not wrapped
 * in Netty's {@code DecoderException}. Not sharable: one instance per channel.
 */
public final class ClientMessageDecoder extends ByteToMessageDecoder {
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
    public static final int DEFAULT_MAX_PENDING_FRAGMENTED = 256;
    /** The bytes of an initial frame that say which call it answers: its header, message type and correlation id. */
    private static final int CALL_ID_BYTES = Frame.HEADER_SIZE + ClientMessage.CORRELATION_ID_OFFSET + FixedSizes.LONG;
    /** The smallest limit: any frame over it holds the message type and correlation id. */
    public static final int MIN_MAX_MESSAGE_BYTES = CALL_ID_BYTES;
    private static final int FRAGMENT_ID_SIZE = FixedSizes.LONG;

    private final int maxMessageBytes;
    private final int maxPendingFragmented;

    /**
     * The unfragmented message being read: its initial frame's content and flags, its other frames as
     * {@link ClientMessage} holds them (copied out when it is complete), and its size so far.
     */
    private final List<Object> current = new ArrayList<>(8);
    private byte[] currentInitial;
    private int currentFlags;
    private long currentBytes;
    /** The unfragmented message being skipped, or null. */
    private Skipped skipped;
    /** From a fragment's id frame to its last frame: the message it is a part of; null otherwise. */
    private Pending fragmentOf;
    private boolean lastFragment;
    /** Bytes still to come of the frame being skipped, and whether that frame ends its message or fragment. */
    private int toSkip;
    private boolean skippingFinal;
    /** Messages being reassembled from fragments, by fragment id. */
    private final Map<Long, Pending> pending = new HashMap<>();
    private boolean failed;

    public ClientMessageDecoder() {
        this(DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_PENDING_FRAGMENTED);
    }

    /**
     * @param maxMessageBytes      the largest message or reassembled message read, in bytes on the wire; larger ones
     *                             are skipped (see above)
     * @param maxPendingFragmented how many fragmented messages may be under reassembly at once
     */
    public ClientMessageDecoder(int maxMessageBytes, int maxPendingFragmented) {
        if (maxMessageBytes < MIN_MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException("maxMessageBytes must be at least " + MIN_MAX_MESSAGE_BYTES + ": "
                    + maxMessageBytes);
        }
        if (maxPendingFragmented < 1) {
            throw new IllegalArgumentException("maxPendingFragmented must be positive: " + maxPendingFragmented);
        }
        this.maxMessageBytes = maxMessageBytes;
        this.maxPendingFragmented = maxPendingFragmented;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            while (nextFrame(in, out)) {
                // one frame read or skipped
            }
        } catch (ProtocolException e) {
            failed = true;
            in.skipBytes(in.readableBytes());
            throw e;
        }
    }

    /** Reads or skips one frame, or as much of a skipped frame as has come; false when it needs more bytes. */
    private boolean nextFrame(ByteBuf in, List<Object> out) {
        if (toSkip > 0) {
            int n = Math.min(toSkip, in.readableBytes());
            in.skipBytes(n);
            toSkip -= n;
            if (toSkip > 0) {
                return false;
            }
            if (skippingFinal) {
                messageEnded(out);
            }
            return true;
        }
        if (in.readableBytes() < Frame.HEADER_SIZE) {
            return false;
        }
        int start = in.readerIndex();
        int length = in.getIntLE(start);
        if (length < Frame.HEADER_SIZE) {
            throw new ProtocolException("Bad frame length " + length + ": a frame has at least its "
                    + Frame.HEADER_SIZE + "-byte header");
        }
        int flags = in.getUnsignedShortLE(start + 4);
        Skipped skipping = fragmentOf != null ? fragmentOf.skipped : skipped;
        if (skipping == null && overLimit(length, flags)) {
            if (isInitialFrame() && in.readableBytes() < CALL_ID_BYTES) {
                return false; // its correlation id has not come yet
            }
            skipping = startSkipping(in, start, flags);
        }
        if (skipping != null) {
            skipping.bytes += length;
            toSkip = length;
            skippingFinal = (flags & Frame.IS_FINAL) != 0;
            return true;
        }
        if (in.readableBytes() < length) {
            return false; // wait for the rest; nothing allocated yet
        }
        byte[] content = length == Frame.HEADER_SIZE ? ClientMessage.EMPTY : new byte[length - Frame.HEADER_SIZE];
        in.getBytes(start + Frame.HEADER_SIZE, content);
        in.skipBytes(length);
        frameRead(content, flags, length, out);
        return true;
    }

    /** Whether a frame of {@code length} bytes takes the message it is part of over the limit. */
    private boolean overLimit(int length, int flags) {
        if (currentInitial != null) {
            return currentBytes + length > maxMessageBytes;
        }
        if (fragmentOf != null) {
            return fragmentOf.bytes + length > maxMessageBytes;
        }
        if ((flags & Frame.UNFRAGMENTED) != Frame.UNFRAGMENTED && length > maxMessageBytes) {
            throw new ProtocolException("Fragment id frame of " + length + " bytes exceeds the limit of "
                    + maxMessageBytes + " bytes");
        }
        return length > maxMessageBytes;
    }

    /** Whether the next frame is the initial frame of a message (in a fragmented message: of the reassembled one). */
    private boolean isInitialFrame() {
        return fragmentOf != null ? fragmentOf.frames.isEmpty() : currentInitial == null;
    }

    /** The message the frame at {@code start} takes over the limit is skipped from that frame on. */
    private Skipped startSkipping(ByteBuf in, int start, int flags) {
        Skipped s;
        if (fragmentOf != null) {
            Pending p = fragmentOf;
            s = p.frames.isEmpty() ? Skipped.of(in, start, flags) : Skipped.of(p.frames.get(0));
            s.bytes = p.bytes;
            p.frames.clear();
            p.bytes = 0;
            p.skipped = s;
        } else if (currentInitial == null) {
            s = Skipped.of(in, start, flags);
            skipped = s;
        } else {
            s = Skipped.of(new Frame(currentInitial, currentFlags));
            s.bytes = currentBytes;
            current.clear();
            currentInitial = null;
            currentBytes = 0;
            skipped = s;
        }
        return s;
    }

    private void frameRead(byte[] content, int flags, int length, List<Object> out) {
        if (currentInitial != null) {
            current.add(ClientMessage.part(content, flags));
            currentBytes += length;
        } else if (fragmentOf != null) {
            fragmentOf.append(content, flags, length);
        } else if ((flags & Frame.UNFRAGMENTED) == Frame.UNFRAGMENTED) {
            currentInitial = content;
            currentFlags = flags;
            currentBytes = length;
        } else {
            fragmentStarted(content, flags);
            if ((flags & Frame.IS_FINAL) != 0) {
                throw new ProtocolException("Fragment of id " + fragmentOf.id + " carries no frame");
            }
            return;
        }
        if ((flags & Frame.IS_FINAL) != 0) {
            messageEnded(out);
        }
    }

    /** A fragment's id frame: finds (or, for a first fragment, starts) the message it is a part of. */
    private void fragmentStarted(byte[] idFrame, int flags) {
        if (idFrame.length < FRAGMENT_ID_SIZE) {
            throw new ProtocolException("Fragment without its " + FRAGMENT_ID_SIZE + "-byte fragment id (frame of "
                    + idFrame.length + " bytes)");
        }
        long id = FixedSizes.readLong(idFrame, 0);
        int fragmentFlags = flags & Frame.UNFRAGMENTED;
        Pending p;
        if (fragmentFlags == Frame.BEGIN_FRAGMENT) {
            if (pending.containsKey(id)) {
                throw new ProtocolException("First fragment of id " + id
                        + " while that id is already being reassembled");
            }
            if (pending.size() >= maxPendingFragmented) {
                throw new ProtocolException("More than " + maxPendingFragmented
                        + " fragmented messages under reassembly at once");
            }
            p = new Pending(id);
            pending.put(id, p);
        } else {
            p = pending.get(id);
            if (p == null) {
                throw new ProtocolException((fragmentFlags == Frame.END_FRAGMENT ? "Last" : "Middle")
                        + " fragment of unknown fragment id " + id);
            }
        }
        fragmentOf = p;
        lastFragment = fragmentFlags == Frame.END_FRAGMENT;
    }

    /** The last frame of a message or fragment has been read or skipped. */
    private void messageEnded(List<Object> out) {
        if (fragmentOf != null) {
            Pending p = fragmentOf;
            fragmentOf = null;
            if (lastFragment) {
                pending.remove(p.id);
                out.add(p.skipped != null ? p.skipped.notice(maxMessageBytes) : new ClientMessage(p.frames));
            }
        } else if (skipped != null) {
            out.add(skipped.notice(maxMessageBytes));
            skipped = null;
        } else {
            int parts = current.size();
            Object rest = parts == 0 ? null : parts == 1 ? current.get(0) : current.toArray(new Object[parts]);
            ClientMessage message = new ClientMessage(currentInitial, currentFlags, rest);
            current.clear();
            currentInitial = null;
            currentBytes = 0;
            out.add(message);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
        // ByteToMessageDecoder wraps what decode() throws; hand our own reason on as is.
        if (cause instanceof DecoderException && cause.getCause() instanceof ProtocolException pe) {
            ctx.fireExceptionCaught(pe);
        } else {
            ctx.fireExceptionCaught(cause);
        }
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        pending.clear();
        current.clear();
        currentInitial = null;
        currentFlags = 0;
        currentBytes = 0;
        skipped = null;
        fragmentOf = null;
        toSkip = 0;
    }

    /** Number of fragmented messages under reassembly; for tests and metrics. */
    public int pendingFragmented() {
        return pending.size();
    }

    /** Bytes held now: received and not decoded yet, and the frames read of unfinished messages; for tests. */
    long heldBytes() {
        long held = actualReadableBytes() + currentBytes;
        for (Pending p : pending.values()) {
            held += p.bytes;
        }
        return held;
    }

    /** A message being reassembled from its fragments. */
    private static final class Pending {
        final long id;
        final List<Frame> frames = new ArrayList<>();
        /** The size on the wire of the frames held, fragment id frames not counted. */
        long bytes;
        /** Set once it went over the limit: its frames are dropped from then on. */
        Skipped skipped;

        Pending(long id) {
            this.id = id;
        }

        void append(byte[] content, int flags, int length) {
            // IS_FINAL marks the end of a fragment, not of the message: the message's last frame gets it back
            frames.add(new Frame(content, flags & ~Frame.IS_FINAL));
            bytes += length;
        }
    }

    /** A message over the limit whose bytes are being dropped: whom it was for, and its size so far. */
    private static final class Skipped {
        final int messageType;
        final long correlationId;
        final boolean event;
        long bytes;

        private Skipped(int messageType, long correlationId, int flags) {
            this.messageType = messageType;
            this.correlationId = correlationId;
            this.event = (flags & Frame.IS_EVENT) != 0;
        }

        /** From an initial frame that was read. */
        static Skipped of(Frame initial) {
            if (initial.content.length < ClientMessage.CORRELATION_ID_OFFSET + FixedSizes.LONG) {
                throw new ProtocolException("Initial frame of " + initial.wireSize()
                        + " bytes holds no correlation id");
            }
            return new Skipped(FixedSizes.readInt(initial.content, ClientMessage.TYPE_OFFSET),
                    FixedSizes.readLong(initial.content, ClientMessage.CORRELATION_ID_OFFSET), initial.flags);
        }

        /** From the first 18 bytes (header, type, correlation id) of an initial frame that is itself over the limit. */
        static Skipped of(ByteBuf in, int start, int flags) {
            int content = start + Frame.HEADER_SIZE;
            return new Skipped(in.getIntLE(content + ClientMessage.TYPE_OFFSET),
                    in.getLongLE(content + ClientMessage.CORRELATION_ID_OFFSET), flags);
        }

        OversizedMessage notice(int limit) {
            return new OversizedMessage(messageType, correlationId, event, bytes, limit);
        }
    }
}
