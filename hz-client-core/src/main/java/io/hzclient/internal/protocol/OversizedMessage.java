package io.hzclient.internal.protocol;

/**
 * What {@link ClientMessageDecoder} hands on in place of a message over its limit, once the message's last byte has
 * been skipped: enough to fail the one call it answered (or to log the event it was), nothing of its content.
 *
 * @param messageType   the message's type, from its initial frame
 * @param correlationId the call it answers, or the listener registration an event belongs to
 * @param event         whether it was an event ({@link Frame#IS_EVENT}), not an answer
 * @param bytes         its size on the wire (for a fragmented message: its frames reassembled, without the fragment
 *                      id frames)
 * @param limit         the decoder's limit it went over
 */
public record OversizedMessage(int messageType, long correlationId, boolean event, long bytes, int limit) {
}
