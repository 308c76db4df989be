package io.hzclient.collection;

/**
 * Told of items added to and removed from a queue, set or list. Events of one listener arrive in the order the
 * member sent them, off the client's network threads, one at a time. The members send no item with the event of
 * a list item removed by its index ({@code remove(int)}).
 *
 * @param <E> the type of the items
 */
public interface ItemListener<E> {

    /**
     * An item was added.
     *
     * @param event the event; its item is null when the listener was added without values
     */
    default void itemAdded(ItemEvent<E> event) {
    }

    /**
     * An item was removed.
     *
     * @param event the event; its item is null when the listener was added without values
     */
    default void itemRemoved(ItemEvent<E> event) {
    }
}
