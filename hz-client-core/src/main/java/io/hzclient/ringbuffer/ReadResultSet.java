package io.hzclient.ringbuffer;

import java.util.List;

/**
 * The items one read returned, with their sequences.
 *
 * @param readCount              how many items the member went through (more than {@code items.size()} when a
 *                               filter skipped some)
 * @param items                  the items, in sequence order
 * @param sequences              the sequence of each item
 * @param nextSequenceToReadFrom where the next read should start: one past the last item the member went through
 * @param <E>                    the type of the items
 */
public record ReadResultSet<E>(int readCount, List<E> items, List<Long> sequences, long nextSequenceToReadFrom) {

    /**
     * Makes a result set; the lists are copied.
     *
     * @param readCount              how many items the member went through
     * @param items                  the items, in sequence order
     * @param sequences              the sequence of each item
     * @param nextSequenceToReadFrom where the next read should start
     * @throws NullPointerException if a list is null or holds a null
     */
    public ReadResultSet {
        items = List.copyOf(items);
        sequences = List.copyOf(sequences);
    }

    /**
     * How many items were returned.
     *
     * @return the number of items (after the filter, if any)
     */
    public int size() {
        return items.size();
    }

    /**
     * One item.
     *
     * @param index the item's position in this result, from 0
     * @return the item
     * @throws IndexOutOfBoundsException if {@code index} is not below {@link #size()}
     */
    public E get(int index) {
        return items.get(index);
    }

    /**
     * The ringbuffer sequence of one item.
     *
     * @param index the item's position in this result, from 0
     * @return the item's sequence
     * @throws IndexOutOfBoundsException if {@code index} is not below {@link #size()}
     */
    public long sequence(int index) {
        return sequences.get(index);
    }
}
