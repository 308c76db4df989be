package io.hzclient.collection;

import io.hzclient.Member;

/**
 * An item added to or removed from a queue, set or list.
 *
 * @param name      the name of the queue, set or list
 * @param eventType added or removed
 * @param item      the item, or null when the listener was added without values
 * @param member    the member that sent the event; null if it is not in the client's cluster view (any more)
 * @param <E>       the type of the items
 */
public record ItemEvent<E>(String name, ItemEventType eventType, E item, Member member) {
}
