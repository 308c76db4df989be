package io.hzclient.collection;

/** What happened to an item of a queue, set or list. */
public enum ItemEventType {
    /** An item was added. */
    ADDED(1),
    /** An item was removed (polled, taken, drained or removed). */
    REMOVED(2);

    private final int id;

    ItemEventType(int id) {
        this.id = id;
    }

    /**
     * The number the protocol gives this type.
     *
     * @return 1 for added, 2 for removed
     */
    public int id() {
        return id;
    }

    /**
     * The type of that protocol number.
     *
     * @param id the protocol's number
     * @return the type
     * @throws IllegalArgumentException if no type has that number
     */
    public static ItemEventType ofId(int id) {
        for (ItemEventType t : values()) {
            if (t.id == id) {
                return t;
            }
        }
        throw new IllegalArgumentException("no item event type has the id " + id);
    }
}
