package io.hzclient.ringbuffer;

/**
 * What an add does when the ringbuffer is full of items still within their time to live (without a time to live, a
 * full ringbuffer simply overwrites its oldest item).
 */
public enum OverflowPolicy {
    /** Overwrites the oldest item, even if it has not expired. */
    OVERWRITE(0),
    /** Adds nothing and answers -1. */
    FAIL(1);

    private final int id;

    OverflowPolicy(int id) {
        this.id = id;
    }

    /**
     * The policy's number in the protocol.
     *
     * @return 0 for OVERWRITE, 1 for FAIL
     */
    public int id() {
        return id;
    }
}
