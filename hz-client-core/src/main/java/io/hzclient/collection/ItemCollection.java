package io.hzclient.collection;

import io.hzclient.DistributedObject;

import java.util.UUID;

/**
 * What a distributed queue, set and list share besides {@link java.util.Collection}: item listeners. Listeners are
 * registered on the cluster and registered again after a reconnect.
 *
 * @param <E> the type of the items
 */
public interface ItemCollection<E> extends DistributedObject {

    /**
     * Adds a listener told of every item added or removed, by any client or member.
     *
     * @param listener     the listener
     * @param includeValue whether events carry the item (otherwise {@link ItemEvent#item()} is null, and the member
     *                     sends less)
     * @return the registration id, for {@link #removeItemListener(UUID)}
     * @throws NullPointerException if {@code listener} is null
     */
    UUID addItemListener(ItemListener<E> listener, boolean includeValue);

    /**
     * Removes a listener added by {@link #addItemListener}.
     *
     * @param registrationId the id {@link #addItemListener} returned
     * @return true if it was registered, false if not (or removed before)
     * @throws NullPointerException if {@code registrationId} is null
     */
    boolean removeItemListener(UUID registrationId);
}
