package io.hzclient.map;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** What happened to an entry or to the whole map. Each type is one bit of a listener's flags on the wire. */
public enum EntryEventType {
    /** An entry was added: its key had no value. */
    ADDED(1),
    /** An entry was removed. */
    REMOVED(1 << 1),
    /** An entry's value was replaced. */
    UPDATED(1 << 2),
    /** An entry was evicted: dropped from memory to make room, or by {@link HzMap#evict}. */
    EVICTED(1 << 3),
    /** An entry's time to live or max idle passed. */
    EXPIRED(1 << 4),
    /** All entries were evicted ({@link HzMap#evictAll()}): a {@link MapEvent}. */
    EVICT_ALL(1 << 5),
    /** All entries were removed ({@link HzMap#clear()}): a {@link MapEvent}. */
    CLEAR_ALL(1 << 6),
    /** An entry was merged after a split brain healed. */
    MERGED(1 << 7),
    /** A near cache invalidation, which the members send to near caches; never passed to an {@link EntryListener}. */
    INVALIDATION(1 << 8),
    /** An entry was loaded from a MapStore on the members ({@link HzMap#loadAll(boolean)}, or a read that missed). */
    LOADED(1 << 9);

    private final int flag;

    EntryEventType(int flag) {
        this.flag = flag;
    }

    /**
     * The bit of this type in a listener's flags, as the protocol numbers it.
     *
     * @return a single bit, from {@code 1} for ADDED to {@code 1 << 9} for LOADED
     */
    public int flag() {
        return flag;
    }

    /**
     * The type with this wire number.
     *
     * @param flag one bit, as {@link #flag()} gives it
     * @return the type, or null for an unknown number (from a newer member)
     */
    public static EntryEventType ofFlag(int flag) {
        for (EntryEventType t : values()) {
            if (t.flag == flag) {
                return t;
            }
        }
        return null;
    }

    /**
     * The listener flags that ask for these types.
     *
     * @param types the types to ask for
     * @return the bits of the types, or-ed together; 0 for none
     */
    public static int flagsOf(Collection<EntryEventType> types) {
        int flags = 0;
        for (EntryEventType t : types) {
            flags |= t.flag;
        }
        return flags;
    }

    /**
     * The types whose bits are set in listener flags; {@link #flagsOf} the other way round.
     *
     * @param flags listener flags
     * @return the types named by the flags, unknown bits left out
     */
    public static Set<EntryEventType> typesOf(int flags) {
        Set<EntryEventType> types = EnumSet.noneOf(EntryEventType.class);
        for (EntryEventType t : values()) {
            if ((flags & t.flag) != 0) {
                types.add(t);
            }
        }
        return types;
    }
}
