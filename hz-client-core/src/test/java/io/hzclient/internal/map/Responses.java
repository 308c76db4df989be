package io.hzclient.internal.map;

import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.Frame;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Hand-built responses and events, frame by frame, as a member would send them. */
final class Responses {
    private final List<Frame> frames = new ArrayList<>();

    private Responses(int messageType, int initialSize, int flags) {
        byte[] initial = new byte[initialSize];
        FixedSizes.writeInt(initial, ClientMessage.TYPE_OFFSET, messageType);
        frames.add(new Frame(initial, Frame.UNFRAGMENTED | flags));
    }

    static Responses response(int messageType, int fixedSize) {
        return new Responses(messageType, ClientMessage.RESPONSE_HEADER_SIZE + fixedSize, 0);
    }

    static Responses event(int messageType, int fixedSize) {
        return new Responses(messageType, ClientMessage.REQUEST_HEADER_SIZE + fixedSize, Frame.IS_EVENT);
    }

    byte[] initial() {
        return frames.get(0).content;
    }

    Responses fixInt(int offset, int v) {
        FixedSizes.writeInt(initial(), offset, v);
        return this;
    }

    Responses fixBoolean(int offset, boolean v) {
        FixedSizes.writeBoolean(initial(), offset, v);
        return this;
    }

    Responses fixUuid(int offset, UUID v) {
        FixedSizes.writeUuid(initial(), offset, v);
        return this;
    }

    Responses frame(byte[] content, int flags) {
        frames.add(new Frame(content, flags));
        return this;
    }

    Responses frame(byte[] content) {
        return frame(content, 0);
    }

    Responses nullFrame() {
        return frame(new byte[0], Frame.IS_NULL);
    }

    Responses begin() {
        return frame(new byte[0], Frame.BEGIN_DATA_STRUCTURE);
    }

    Responses end() {
        return frame(new byte[0], Frame.END_DATA_STRUCTURE);
    }

    ClientMessage build() {
        frames.get(frames.size() - 1).flags |= Frame.IS_FINAL;
        return new ClientMessage(frames);
    }
}
