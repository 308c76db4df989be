package io.hzclient.internal.query;

import io.hzclient.query.PagingPredicate;
import io.hzclient.query.PartitionPredicate;
import io.hzclient.query.Predicate;

/**
 * The paging predicate: the page, its size, the predicate and comparator it wraps, and the anchors the members sent
 * back for the pages seen, kept opaque here (the map proxy writes and reads them).
 */
public final class PagingState<K, V> implements PagingPredicate<K, V> {
    private final Predicate<K, V> predicate;
    private final Object comparator;
    private final int pageSize;
    private int page;
    private Object anchors;

    /** {@code predicate}, {@code comparator}: null for every entry, for the natural order. */
    public PagingState(Predicate<K, V> predicate, Object comparator, int pageSize) {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("a page holds at least one entry, not " + pageSize);
        }
        if (predicate instanceof PagingPredicate<?, ?>) {
            throw new IllegalArgumentException("a paging predicate cannot wrap another paging predicate");
        }
        if (predicate instanceof PartitionPredicate<?, ?>) {
            throw new IllegalArgumentException("a paging predicate cannot wrap a partition predicate: "
                    + "wrap the paging predicate in the partition predicate instead");
        }
        this.predicate = predicate;
        this.comparator = comparator;
        this.pageSize = pageSize;
    }

    /** The predicate it wraps, or null for every entry. */
    public Predicate<K, V> predicate() {
        return predicate;
    }

    /** The comparator, or null for the natural order. */
    public Object comparator() {
        return comparator;
    }

    /** What the map proxy last stored: the anchors of the pages seen, or null. */
    public Object anchors() {
        return anchors;
    }

    /** Stores the anchors the members sent back with a page. */
    public void anchors(Object anchors) {
        this.anchors = anchors;
    }

    @Override
    public int getPage() {
        return page;
    }

    @Override
    public void setPage(int page) {
        if (page < 0) {
            throw new IllegalArgumentException("a page number is 0 or more, not " + page);
        }
        this.page = page;
    }

    @Override
    public void nextPage() {
        page++;
    }

    @Override
    public void previousPage() {
        page = Math.max(0, page - 1);
    }

    @Override
    public int getPageSize() {
        return pageSize;
    }

    @Override
    public void reset() {
        page = 0;
        anchors = null;
    }

    /** Refuses a paging predicate (or a partition predicate over one) where only a plain one works. */
    public static <P> P refuse(P predicate, String where) {
        if (predicate instanceof PagingPredicate<?, ?>
                || predicate instanceof PartitionScope<?, ?> scope && scope.paging() != null) {
            throw new IllegalArgumentException("a paging predicate works only with keySet, values and entrySet, not "
                    + where);
        }
        return predicate;
    }

    @Override
    public String toString() {
        return "PagingPredicate{page=" + page + ", pageSize=" + pageSize + ", predicate=" + predicate
                + ", comparator=" + comparator + '}';
    }
}
