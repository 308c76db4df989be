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
 * <p>Limits, each failing with a {@link ProtocolException} that names the reason (the connection is then useless and
 * must be closed; this decoder drops every later byte):
 * <ul>
 *   <li>a frame length below 6 (the header size) or above {@code maxMessageBytes};</li>
 *   <li>a message, or a reassembled fragmented message, above {@code maxMessageBytes} on the wire (default
 *       {@value #DEFAULT_MAX_MESSAGE_BYTES} bytes, 64 MiB: far above any sane response, low enough that a forged
 *       length cannot run the client out of memory);</li>
 *   <li>more than {@code maxPendingFragmented} messages being reassembled at once (default
 *       {@value #DEFAULT_MAX_PENDING_FRAGMENTED});</li>
 *   <li>a fragment id frame shorter than 8 bytes, a middle or last fragment of an unknown id, or a first fragment
 *       of an id already pending.</li>
 * </ul>
 * No frame content is allocated before all its bytes have arrived.
 *
 * <p>Exceptions reach the next handlers' {@code exceptionCaught} as the {@code ProtocolException} itself, not wrapped
 * in Netty's {@code DecoderException}. Not sharable: one instance per channel.
 */
public final class ClientMessageDecoder extends ByteToMessageDecoder {
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
    public static final int DEFAULT_MAX_PENDING_FRAGMENTED = 256;
    private static final int FRAGMENT_ID_SIZE = FixedSizes.LONG;

    private final int maxMessageBytes;
    private final int maxPendingFragmented;

    /**
     * The message (or fragment) being read: its initial frame's content and flags, its other frames as
     * {@link ClientMessage} holds them (copied out when it is complete), and its size so far.
     */
    private final List<Object> current = new ArrayList<>(8);
    private byte[] currentInitial;
    private int currentFlags;
    private long currentBytes;
    /** Messages being reassembled from fragments, by fragment id. */
    private final Map<Long, Pending> pending = new HashMap<>();
    private boolean failed;

    public ClientMessageDecoder() {
        this(DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_PENDING_FRAGMENTED);
    }

    /**
     * @param maxMessageBytes      the largest frame, message or reassembled message accepted, in bytes on the wire
     * @param maxPendingFragmented how many fragmented messages may be under reassembly at once
     */
    public ClientMessageDecoder(int maxMessageBytes, int maxPendingFragmented) {
        if (maxMessageBytes < Frame.HEADER_SIZE) {
            throw new IllegalArgumentException("maxMessageBytes must be at least " + Frame.HEADER_SIZE + ": " + maxMessageBytes);
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
            while (in.readableBytes() >= Frame.HEADER_SIZE) {
                int start = in.readerIndex();
                int length = in.getIntLE(start);
                if (length < Frame.HEADER_SIZE) {
                    throw new ProtocolException("Bad frame length " + length + ": a frame has at least its "
                            + Frame.HEADER_SIZE + "-byte header");
                }
                if (length > maxMessageBytes) {
                    throw new ProtocolException("Frame of " + length + " bytes exceeds the limit of "
                            + maxMessageBytes + " bytes");
                }
                if (currentBytes + length > maxMessageBytes) {
                    throw new ProtocolException("Message exceeds the limit of " + maxMessageBytes + " bytes");
                }
                if (in.readableBytes() < length) {
                    return; // wait for the rest; nothing allocated yet
                }
                int flags = in.getUnsignedShortLE(start + 4);
                byte[] content = length == Frame.HEADER_SIZE ? ClientMessage.EMPTY : new byte[length - Frame.HEADER_SIZE];
                in.getBytes(start + Frame.HEADER_SIZE, content);
                in.skipBytes(length);
                if (currentInitial == null) {
                    currentInitial = content;
                    currentFlags = flags;
                } else {
                    current.add(ClientMessage.part(content, flags));
                }
                currentBytes += length;
                if ((flags & Frame.IS_FINAL) != 0) {
                    int parts = current.size();
                    Object rest = parts == 0 ? null : parts == 1 ? current.get(0) : current.toArray(new Object[parts]);
                    ClientMessage read = new ClientMessage(currentInitial, currentFlags, rest);
                    long bytes = currentBytes;
                    current.clear();
                    currentInitial = null;
                    currentBytes = 0;
                    ClientMessage message = complete(read, bytes);
                    if (message != null) {
                        out.add(message);
                    }
                }
            }
        } catch (ProtocolException e) {
            failed = true;
            in.skipBytes(in.readableBytes());
            throw e;
        }
    }

    /** The finished message, or null while a fragmented message still waits for more fragments. */
    private ClientMessage complete(ClientMessage read, long bytes) {
        int fragmentFlags = read.flags(0) & Frame.UNFRAGMENTED;
        if (fragmentFlags == Frame.UNFRAGMENTED) {
            return read;
        }
        byte[] first = read.content(0);
        if (first.length < FRAGMENT_ID_SIZE) {
            throw new ProtocolException("Fragment without its " + FRAGMENT_ID_SIZE + "-byte fragment id (frame of "
                    + first.length + " bytes)");
        }
        long id = FixedSizes.readLong(first, 0);
        List<Frame> payload = read.frames().subList(1, read.frameCount());
        long payloadBytes = bytes - read.wireSize(0);
        if (fragmentFlags == Frame.BEGIN_FRAGMENT) {
            if (pending.containsKey(id)) {
                throw new ProtocolException("First fragment of id " + id + " while that id is already being reassembled");
            }
            if (pending.size() >= maxPendingFragmented) {
                throw new ProtocolException("More than " + maxPendingFragmented
                        + " fragmented messages under reassembly at once");
            }
            Pending p = new Pending();
            p.append(payload, payloadBytes, id);
            pending.put(id, p);
            return null;
        }
        Pending p = pending.get(id);
        if (p == null) {
            throw new ProtocolException((fragmentFlags == Frame.END_FRAGMENT ? "Last" : "Middle")
                    + " fragment of unknown fragment id " + id);
        }
        p.append(payload, payloadBytes, id);
        if (fragmentFlags == Frame.END_FRAGMENT) {
            pending.remove(id);
            return p.toMessage();
        }
        return null;
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
    }

    /** Number of fragmented messages under reassembly; for tests and metrics. */
    public int pendingFragmented() {
        return pending.size();
    }

    private final class Pending {
        private final List<Frame> frames = new ArrayList<>();
        private long bytes;

        void append(List<Frame> more, long moreBytes, long id) {
            if (more.isEmpty()) {
                throw new ProtocolException("Fragment of id " + id + " carries no frame");
            }
            bytes += moreBytes;
            if (bytes > maxMessageBytes) {
                throw new ProtocolException("Fragmented message of id " + id + " exceeds the limit of "
                        + maxMessageBytes + " bytes");
            }
            for (Frame f : more) {
                // IS_FINAL marks the end of a fragment, not of the message: the message's last frame gets it back
                frames.add(new Frame(f.content, f.flags & ~Frame.IS_FINAL));
            }
        }

        ClientMessage toMessage() {
            return new ClientMessage(frames);
        }
    }
}
