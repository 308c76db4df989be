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
 * copied (reservations and reads in flight hold them): growing a segment relinks its records into a table twice as
 * large and then publishes it. A reader walking a bucket while that happens can be led off its bucket and miss its
 * key, so a reader that found nothing checks the segment's resize count and table and, if a resize overlapped, looks
 * again under the lock. A reader never loops: at any moment the links form chains that end (a relinked record points
 * only to records relinked before it), and a segment only grows, so a walk can be redirected a bounded number of
 * times. A record keeps its {@code next} when it leaves, so that a reader standing on it walks on.
 */
final class RecordTable {
    private static final int SEGMENT_BITS = 4;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;
    private static final int FIRST_CAPACITY = 4;
    /** Per segment: 2^26 buckets are 2^30 over all segments; bucket indexes use the hash bits above the segment's. */
    private static final int MAX_CAPACITY = 1 << 26;
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
     * under the lock. A hit needs no check (a record found is the key's, whatever led there).
     */
    NearCacheRecord get(Object key) {
        int h = hash(key);
        Segment s = segmentFor(h);
        NearCacheRecord[] table = s.table;
        NearCacheRecord r = find(table, h, key);
        if (r != null || ((s.resizes & 1) == 0 && s.table == table)) {
            return r;
        }
        synchronized (s) {
            return find(s.table, h, key);
        }
    }

    boolean containsKey(Object key) {
        return get(key) != null;
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
     * not removed meanwhile is seen (clear relies on it). {@code action} may remove records, not add them.
     */
    void forEach(Consumer<? super NearCacheRecord> action) {
        for (Segment s : segments) {
            synchronized (s) {
                NearCacheRecord[] table = s.table;
                for (NearCacheRecord first : table) {
                    for (NearCacheRecord r = first; r != null; r = r.next) {
                        action.accept(r);
                    }
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
            grow(s, table);
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
     * Doubles the segment's table, relinking each record at the head of its new bucket. The new table is filled
     * privately and published whole; the old one is left as it was, so only the records' links change under readers.
     */
    private static void grow(Segment s, NearCacheRecord[] table) {
        s.resizes = s.resizes + 1;
        NearCacheRecord[] grown = new NearCacheRecord[table.length * 2];
        for (NearCacheRecord first : table) {
            NearCacheRecord r = first;
            while (r != null) {
                NearCacheRecord next = r.next;
                int i = bucket(hash(r.key), grown.length);
                r.next = grown[i];
                grown[i] = r;
                r = next;
            }
        }
        s.table = grown;
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
