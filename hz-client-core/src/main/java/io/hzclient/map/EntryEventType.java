package io.hzclient.map;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** What happened to an entry or to the whole map. Each type is one bit of a listener's flags on the wire. */
public enum EntryEventType {
    ADDED(1),
    REMOVED(1 << 1),
    UPDATED(1 << 2),
    EVICTED(1 << 3),
    EXPIRED(1 << 4),
    /** All entries were evicted ({@link HzMap#evictAll()}): a {@link MapEvent}. */
    EVICT_ALL(1 << 5),
    /** All entries were removed ({@link HzMap#clear()}): a {@link MapEvent}. */
    CLEAR_ALL(1 << 6),
    /** An entry was merged after a split brain healed. */
    MERGED(1 << 7),
    INVALIDATION(1 << 8),
    LOADED(1 << 9);

    private final int flag;

    EntryEventType(int flag) {
        this.flag = flag;
    }

    /** The bit of this type in a listener's flags, as the protocol numbers it. */
    public int flag() {
        return flag;
    }

    /** The type with this wire number; an unknown number (from a newer member) gives null. */
    public static EntryEventType ofFlag(int flag) {
        for (EntryEventType t : values()) {
            if (t.flag == flag) {
                return t;
            }
        }
        return null;
    }

    public static int flagsOf(Collection<EntryEventType> types) {
        int flags = 0;
        for (EntryEventType t : types) {
            flags |= t.flag;
        }
        return flags;
    }

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
