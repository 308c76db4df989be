package io.hzclient.ringbuffer;

import io.hzclient.RemoteException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read asked for a sequence the ringbuffer no longer holds: it is below the head (the item was overwritten or
 * expired). Read again from {@link #getHeadSequence()}, the oldest sequence still held when the member answered.
 */
public class StaleSequenceException extends RemoteException {
    public static final int ERROR_CODE = 51;
    private static final Pattern HEAD = Pattern.compile("headSequence is: ?(-?\\d+)");

    private final long headSequence;

    public StaleSequenceException(String serverClassName, String message) {
        super(ERROR_CODE, serverClassName, message);
        this.headSequence = parseHead(message);
    }

    /** The head sequence as the member's message stated it, or -1 if it did not. */
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
