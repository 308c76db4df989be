package io.hzclient.internal.nearcache;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A near cache's records by key: a hash table whose nodes are the records themselves (each keeps its key and the next
 * record of its bucket), so an entry costs no map node. A ConcurrentHashMap would add a 32-byte node per entry and
 * usually a larger table (it grows at three quarters full; this one at full).
 *
 * <p>The keys are split by hash over a fixed number of segments. Writers lock their segment; readers lock nothing:
 * they read the segment's table and walk a bucket through the records' volatile {@code next} links. Records are never
 * copied (reservations and reads in flight hold them): resizing a segment relinks its records into a new table and
 * then publishes it. A reader walking a bucket while that happens can be led off its bucket and miss its key, so a
 * reader that found nothing checks the segment's resize count and table and, if a resize overlapped, looks again
 * under the lock. At any moment the links form chains that end (a relinked record points only to records relinked
 * before it); a reader that walks more records than a chain can hold (resizes kept redirecting it) also looks again
 * under the lock, so it never loops. A record keeps its {@code next} when it leaves, so that a reader standing on it
 * walks on.
 *
 * <p>A segment's table doubles when it holds more records than buckets, and halves (more than once if need be) when
 * fewer than a quarter of its buckets' worth remain, so that a cache that was large once does not keep its largest
 * table. After either, the table is between a quarter and half full: it takes many inserts or removals, not one,
 * to resize again.
 */
final class RecordTable {
    private static final int SEGMENT_BITS = 4;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;
    private static final int FIRST_CAPACITY = 4;
    /** Per segment: 2^26 buckets are 2^30 over all segments; bucket indexes use the hash bits above the segment's. */
    private static final int MAX_CAPACITY = 1 << 26;
    /** A segment shrinks when it holds fewer records than its buckets divided by this. */
    private static final int SPARSE = 4;
    /** Beyond a chain's longest possible length (a segment holds no more records than buckets, below the maximum). */
    private static final int WALK_SLACK = 64;
    private static final VarHandle BUCKET = MethodHandles.arrayElementVarHandle(NearCacheRecord[].class);

    private final Segment[] segments = new Segment[SEGMENTS];

    RecordTable() {
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new Segment();
        }
    }

    /** One lock, one table. */
    private static final class Segment {
        volatile NearCacheRecord[] table = new NearCacheRecord[FIRST_CAPACITY];
        /** Written under the lock only. */
        volatile int count;
        /** Odd while a resize relinks records; written under the lock only. */
        volatile int resizes;
        /** True while forEach walks the segment (under its lock): removals then leave the table as it is. */
        boolean walking;
    }

    /**
     * The key's hash with its high half folded into the low half (as ConcurrentHashMap does), so that keys differing
     * only above the bits a table uses still spread. The lowest bits pick the segment, the next ones the bucket:
     * consecutive Integer keys land in distinct buckets, as in ConcurrentHashMap. A stronger mix (Murmur3's) made
     * such keys collide at random and hits measurably slower.
     */
    static int hash(Object key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    private Segment segmentFor(int hash) {
        return segments[hash & (SEGMENTS - 1)];
    }

    private static int bucket(int hash, int tableLength) {
        return (hash >>> SEGMENT_BITS) & (tableLength - 1);
    }

    // ---- reads (no lock unless a resize got in the way)

    /**
     * The record of {@code key}, or null. A miss is checked: if the walk saw any link a resize changed, that resize
     * is still running (odd count) or has published a table other than the one walked, and the lookup is repeated
     * under the lock. A hit needs no check (a record found is the key's, whatever led there). A walk longer than any
     * chain of the table is repeated under the lock too.
     */
    NearCacheRecord get(Object key) {
        int h = hash(key);
        Segment s = segmentFor(h);
        NearCacheRecord[] table = s.table;
        NearCacheRecord r = (NearCacheRecord) BUCKET.getAcquire(table, bucket(h, table.length));
        for (int steps = table.length + WALK_SLACK; r != null && steps > 0; steps--) {
            Object k = r.key;
            if (k == key || key.equals(k)) {
                return r;
            }
            r = r.next;
        }
        if (r == null && (s.resizes & 1) == 0 && s.table == table) {
            return null;
        }
        synchronized (s) {
            return find(s.table, h, key);
        }
    }

    boolean containsKey(Object key) {
        return get(key) != null;
    }

    /** Buckets over all segments now (tests: the table grows and shrinks). */
    int capacity() {
        int sum = 0;
        for (Segment s : segments) {
            sum += s.table.length;
        }
        return sum;
    }

    /** Resizes (growing or shrinking) over all segments so far (tests). */
    int resizeCount() {
        int sum = 0;
        for (Segment s : segments) {
            sum += s.resizes / 2;
        }
        return sum;
    }

    /** Records held now; exact when no write runs meanwhile. */
    int size() {
        long sum = 0;
        for (Segment s : segments) {
            sum += s.count;
        }
        return (int) Math.min(sum, Integer.MAX_VALUE);
    }

    private static NearCacheRecord find(NearCacheRecord[] table, int hash, Object key) {
        NearCacheRecord r = (NearCacheRecord) BUCKET.getAcquire(table, bucket(hash, table.length));
        while (r != null) {
            Object k = r.key;
            if (k == key || key.equals(k)) {
                return r;
            }
            r = r.next;
        }
        return null;
    }

    // ---- writes (under the segment's lock)

    /** Adds {@code fresh} unless its key has a record; returns that record, or null if {@code fresh} went in. */
    NearCacheRecord putIfAbsent(NearCacheRecord fresh) {
        return insert(fresh, false);
    }

    /** Adds {@code fresh}, replacing the record of its key; returns the replaced record, or null. */
    NearCacheRecord put(NearCacheRecord fresh) {
        return insert(fresh, true);
    }

    private NearCacheRecord insert(NearCacheRecord fresh, boolean replaceExisting) {
        int h = hash(fresh.key);
        Segment s = segmentFor(h);
        synchronized (s) {
            NearCacheRecord old = find(s.table, h, fresh.key);
            if (old == null) {
                link(s, h, fresh);
            } else if (replaceExisting) {
                replace(s, h, old, fresh);
            }
            return old;
        }
    }

    /**
     * Gives {@code remap} the record of {@code key} (or null) and stores what it returns, under the segment's lock: the
     * same record, another record of the same key (which replaces it), or null (it goes). Returns the record stored.
     * {@code remap} must be quick and must not touch this table.
     */
    NearCacheRecord compute(Object key, UnaryOperator<NearCacheRecord> remap) {
        int h = hash(key);
        Segment s = segmentFor(h);
        synchronized (s) {
            NearCacheRecord old = find(s.table, h, key);
            NearCacheRecord now = remap.apply(old);
            if (now == old) {
                return now;
            }
            if (now != null && !key.equals(now.key)) {
                throw new IllegalArgumentException("a record of key " + now.key + " cannot be stored under " + key);
            }
            if (old == null) {
                link(s, h, now);
            } else if (now == null) {
                unlink(s, h, old);
            } else {
                replace(s, h, old, now);
            }
            return now;
        }
    }

    /** Takes the record of {@code key} out; returns it, or null if there was none. */
    NearCacheRecord removeKey(Object key) {
        int h = hash(key);
        Segment s = segmentFor(h);
        synchronized (s) {
            NearCacheRecord old = find(s.table, h, key);
            if (old != null) {
                unlink(s, h, old);
            }
            return old;
        }
    }

    /** Takes {@code r} out if it is still in the table (this very record, not another of its key). */
    boolean removeRecord(NearCacheRecord r) {
        int h = hash(r.key);
        Segment s = segmentFor(h);
        synchronized (s) {
            if (find(s.table, h, r.key) != r) {
                return false;
            }
            unlink(s, h, r);
            return true;
        }
    }

    /**
     * Runs {@code action} on every record, each segment under its lock, so that every record held when it starts and
     * not removed meanwhile is seen (clear relies on it). {@code action} may remove records, not add them; a segment
     * left sparse shrinks once its walk is over, not during it (that would relink the records being walked).
     */
    void forEach(Consumer<? super NearCacheRecord> action) {
        for (Segment s : segments) {
            synchronized (s) {
                s.walking = true;
                try {
                    NearCacheRecord[] table = s.table;
                    for (NearCacheRecord first : table) {
                        for (NearCacheRecord r = first; r != null; r = r.next) {
                            action.accept(r);
                        }
                    }
                } finally {
                    s.walking = false;
                    shrinkIfSparse(s);
                }
            }
        }
    }

    /**
     * Walks the records without locking, for sampling: it may miss records added or moved by a resize meanwhile, or
     * return one twice; it never throws for a change under it. Not for anything that must see every record.
     */
    Iterator<NearCacheRecord> cursor() {
        return new Cursor();
    }

    private void link(Segment s, int hash, NearCacheRecord fresh) {
        NearCacheRecord[] table = s.table;
        int i = bucket(hash, table.length);
        fresh.next = table[i];
        BUCKET.setRelease(table, i, fresh); // fresh's fields are seen by whoever reads it from the bucket
        int count = s.count + 1;
        s.count = count;
        if (count > table.length && table.length < MAX_CAPACITY) {
            resize(s, table, table.length * 2);
        }
    }

    /** {@code fresh} takes {@code old}'s place in its bucket; a reader standing on {@code old} walks on. */
    private static void replace(Segment s, int hash, NearCacheRecord old, NearCacheRecord fresh) {
        fresh.next = old.next;
        relinkPredecessor(s.table, hash, old, fresh);
    }

    private static void unlink(Segment s, int hash, NearCacheRecord old) {
        relinkPredecessor(s.table, hash, old, old.next);
        s.count = s.count - 1;
        if (!s.walking) {
            shrinkIfSparse(s);
        }
    }

    /** Halves the table while fewer than a quarter of its buckets' worth of records remain (not below the first). */
    private static void shrinkIfSparse(Segment s) {
        NearCacheRecord[] table = s.table;
        int count = s.count;
        int length = table.length;
        while (length > FIRST_CAPACITY && count < length / SPARSE) {
            length /= 2;
        }
        if (length < table.length) {
            resize(s, table, length);
        }
    }

    /** Makes whatever pointed to {@code target} (its bucket or the record before it) point to {@code to}. */
    private static void relinkPredecessor(NearCacheRecord[] table, int hash, NearCacheRecord target,
                                          NearCacheRecord to) {
        int i = bucket(hash, table.length);
        NearCacheRecord r = table[i];
        if (r == target) {
            BUCKET.setRelease(table, i, to);
            return;
        }
        while (r.next != target) {
            r = r.next;
        }
        r.next = to;
    }

    /**
     * Moves the segment's records to a new table of {@code length} buckets, relinking each at the head of its new
     * bucket. The new table is filled privately and published whole; the old one is left as it was, so only the
     * records' links change under readers.
     */
    private static void resize(Segment s, NearCacheRecord[] table, int length) {
        s.resizes = s.resizes + 1;
        NearCacheRecord[] resized = new NearCacheRecord[length];
        for (NearCacheRecord first : table) {
            NearCacheRecord r = first;
            while (r != null) {
                NearCacheRecord next = r.next;
                int i = bucket(hash(r.key), resized.length);
                r.next = resized[i];
                resized[i] = r;
                r = next;
            }
        }
        s.table = resized;
        s.resizes = s.resizes + 1;
    }

    /** Segment by segment, bucket by bucket, over the tables current when it reaches them. */
    private final class Cursor implements Iterator<NearCacheRecord> {
        private int segment = -1;
        private NearCacheRecord[] table = new NearCacheRecord[0];
        private int bucket;
        private NearCacheRecord next;

        Cursor() {
            advance();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public NearCacheRecord next() {
            NearCacheRecord r = next;
            if (r == null) {
                throw new NoSuchElementException();
            }
            next = r.next;
            if (next == null) {
                advance();
            }
            return r;
        }

        /** To the first record of the next non-empty bucket, or to the end. */
        private void advance() {
            while (true) {
                if (bucket < table.length) {
                    next = (NearCacheRecord) BUCKET.getAcquire(table, bucket++);
                    if (next != null) {
                        return;
                    }
                } else if (segment + 1 < SEGMENTS) {
                    table = segments[++segment].table;
                    bucket = 0;
                } else {
                    next = null;
                    return;
                }
            }
        }
    }
}
