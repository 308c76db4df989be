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
 */
public record ReadResultSet<E>(int readCount, List<E> items, List<Long> sequences, long nextSequenceToReadFrom) {

    public ReadResultSet {
        items = List.copyOf(items);
        sequences = List.copyOf(sequences);
    }

    public int size() {
        return items.size();
    }

    public E get(int index) {
        return items.get(index);
    }

    public long sequence(int index) {
        return sequences.get(index);
    }
}
