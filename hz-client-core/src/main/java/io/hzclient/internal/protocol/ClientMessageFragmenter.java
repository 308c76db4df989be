package io.hzclient.internal.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a message into fragments (spec 2.1.4), frame boundaries kept: each fragment is its own message whose
 * first frame holds only the int64 fragment id, flagged {@link Frame#BEGIN_FRAGMENT} on the first fragment, nothing on
 * the middle ones and {@link Frame#END_FRAGMENT} on the last; its last frame carries {@link Frame#IS_FINAL}.
 * Frame contents are shared with the original message, never copied.
 *
 * <p>Members accept whole messages, so the client needs this only to send very large messages in slices, and
 * tests use it to feed the decoder.
 */
public final class ClientMessageFragmenter {
    private static final int ID_FRAME_SIZE = Frame.HEADER_SIZE + FixedSizes.LONG;

    private ClientMessageFragmenter() {
    }

    /**
     * @param maxFragmentBytes the wire size a fragment should not exceed (a single frame larger than this travels
     *                         alone in its fragment)
     * @return the message itself if it fits in {@code maxFragmentBytes} or cannot be split, else its fragments in order
     */
    public static List<ClientMessage> split(ClientMessage message, int maxFragmentBytes, long fragmentId) {
        if (message.wireSize() <= maxFragmentBytes || message.frames().size() < 2) {
            return List.of(message);
        }
        List<List<Frame>> groups = new ArrayList<>();
        List<Frame> group = new ArrayList<>();
        int groupBytes = ID_FRAME_SIZE;
        for (Frame frame : message.frames()) {
            if (!group.isEmpty() && groupBytes + frame.wireSize() > maxFragmentBytes) {
                groups.add(group);
                group = new ArrayList<>();
                groupBytes = ID_FRAME_SIZE;
            }
            group.add(new Frame(frame.content, frame.flags & ~Frame.IS_FINAL));
            groupBytes += frame.wireSize();
        }
        groups.add(group);
        if (groups.size() == 1) {
            return List.of(message);
        }
        List<ClientMessage> fragments = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            int flags = i == 0 ? Frame.BEGIN_FRAGMENT : i == groups.size() - 1 ? Frame.END_FRAGMENT : 0;
            byte[] id = new byte[FixedSizes.LONG];
            FixedSizes.writeLong(id, 0, fragmentId);
            List<Frame> frames = new ArrayList<>(groups.get(i).size() + 1);
            frames.add(new Frame(id, flags));
            frames.addAll(groups.get(i));
            frames.get(frames.size() - 1).flags |= Frame.IS_FINAL;
            fragments.add(new ClientMessage(frames));
        }
        return fragments;
    }
}
