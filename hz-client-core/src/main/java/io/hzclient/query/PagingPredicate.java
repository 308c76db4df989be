package io.hzclient.query;

/**
 * A query that returns a map's matching entries one page at a time, sorted: by the comparator if it has one (an
 * object the members can deserialize and use as a {@code Comparator} of entries), else by the natural order of the
 * keys or values returned. Make one with {@link Predicates#pagingPredicate}, pass it to {@code keySet}, {@code values}
 * or {@code entrySet}, then move between pages and ask again.
 *
 * <p>It keeps where each page it has seen ends (the anchors the members send back), so the next page starts there.
 * It is therefore stateful: use one per reader, from one thread at a time. It cannot be combined with other
 * predicates, used in a listener, an aggregation, a projection, an entry processor or removeAll: those refuse it with an
 * {@link IllegalArgumentException}.
 *
 * @param <K> the type of the map's keys
 * @param <V> the type of the map's values
 */
public interface PagingPredicate<K, V> extends Predicate<K, V> {

    /**
     * The page the next query returns, from 0.
     *
     * @return the page
     */
    int getPage();

    /**
     * Chooses the page the next query returns. A page past the last one returns nothing.
     *
     * @param page the page, from 0
     * @throws IllegalArgumentException if {@code page} is negative
     */
    void setPage(int page);

    /** The next query returns the next page. */
    void nextPage();

    /** The next query returns the previous page; on page 0 it stays there. */
    void previousPage();

    /**
     * How many entries a page holds.
     *
     * @return the page size
     */
    int getPageSize();

    /** Back to page 0, forgetting the anchors of the pages seen. */
    void reset();
}
