package io.hzclient.ringbuffer;

import io.hzclient.RemoteException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read asked for a sequence the ringbuffer no longer holds: it is below the head (the item was overwritten or
 * expired). Read again from {@link #getHeadSequence()}, the oldest sequence still held when the member answered.
 */
public class StaleSequenceException extends RemoteException {
    /** The protocol's error code of a stale sequence. */
    public static final int ERROR_CODE = 51;
    private static final Pattern HEAD = Pattern.compile("headSequence is: ?(-?\\d+)");

    /** The head sequence the member's message stated, or -1. */
    private final long headSequence;

    /**
     * Makes the exception from the member's error; the head sequence is read from the member's message.
     *
     * @param serverClassName the class name of the exception on the member
     * @param message         the member's message, which states the head sequence
     */
    public StaleSequenceException(String serverClassName, String message) {
        super(ERROR_CODE, serverClassName, message);
        this.headSequence = parseHead(message);
    }

    /**
     * The oldest sequence the ringbuffer held when the member answered: where to read again from.
     *
     * @return the head sequence as the member's message stated it, or -1 if it did not
     */
    public long getHeadSequence() {
        return headSequence;
    }

    static long parseHead(String message) {
        if (message == null) {
            return -1;
        }
        Matcher m = HEAD.matcher(message);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
