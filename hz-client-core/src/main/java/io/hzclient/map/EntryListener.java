package io.hzclient.map;

import io.hzclient.internal.map.EntryListeners;

import java.util.Set;

/**
 * Receives the changes of a map. Override only the methods you care about: the client asks the cluster for just
 * those events (the ones {@link #eventTypes()} names), so unused kinds cost nothing on the wire.
 * <pre>
 * map.addEntryListener(new EntryListener&lt;&gt;() {
 *     public void entryAdded(EntryEvent&lt;String, String&gt; e) { ... }
 * }, true);
 * </pre>
 * Calls arrive on the client's event threads, never on a network thread: one at a time for a listener, in the order
 * the cluster sent them (events of one key come from one member, so they keep the order of the changes). Each
 * listener has a queue of its own: a slow one delays only its own events, never another listener's. A listener that
 * falls 100 000 events behind loses the newer ones (a warning is logged), so hand long work to your own executor.
 * An exception thrown here is logged and does not stop later events.
 */
public interface EntryListener<K, V> {

    /**
     * An entry was added. Does nothing unless overridden; overriding it asks for {@link EntryEventType#ADDED}.
     *
     * @param event the entry
     */
    default void entryAdded(EntryEvent<K, V> event) {
    }

    /**
     * An entry was removed. Does nothing unless overridden; overriding it asks for {@link EntryEventType#REMOVED}.
     *
     * @param event the entry, with its old value
     */
    default void entryRemoved(EntryEvent<K, V> event) {
    }

    /**
     * An entry's value was replaced. Does nothing unless overridden; overriding it asks for
     * {@link EntryEventType#UPDATED}.
     *
     * @param event the entry, with its new and old values
     */
    default void entryUpdated(EntryEvent<K, V> event) {
    }

    /**
     * An entry was evicted. Does nothing unless overridden; overriding it asks for {@link EntryEventType#EVICTED}.
     *
     * @param event the entry
     */
    default void entryEvicted(EntryEvent<K, V> event) {
    }

    /**
     * An entry expired. Does nothing unless overridden; overriding it asks for {@link EntryEventType#EXPIRED}.
     *
     * @param event the entry
     */
    default void entryExpired(EntryEvent<K, V> event) {
    }

    /**
     * An entry was merged after a split brain healed. Does nothing unless overridden; overriding it asks for
     * {@link EntryEventType#MERGED}.
     *
     * @param event the entry
     */
    default void entryMerged(EntryEvent<K, V> event) {
    }

    /**
     * An entry was loaded from the members' MapStore: by {@link HzMap#loadAll(boolean)}, or by a read of a key the map
     * did not hold. Does nothing unless overridden; overriding it asks for {@link EntryEventType#LOADED}.
     *
     * @param event the entry, with the loaded value
     */
    default void entryLoaded(EntryEvent<K, V> event) {
    }

    /**
     * All entries were evicted ({@link HzMap#evictAll()}); each member reports its own share. Does nothing unless
     * overridden; overriding it asks for {@link EntryEventType#EVICT_ALL}.
     *
     * @param event the member and how many entries it evicted
     */
    default void mapEvicted(MapEvent event) {
    }

    /**
     * All entries were removed ({@link HzMap#clear()}); each member reports its own share. Does nothing unless
     * overridden; overriding it asks for {@link EntryEventType#CLEAR_ALL}.
     *
     * @param event the member and how many entries it removed
     */
    default void mapCleared(MapEvent event) {
    }

    /**
     * The events to subscribe to. By default, those whose method this listener overrides; override this to choose
     * them yourself (e.g. a listener that handles several kinds in one shared method).
     *
     * @return the types to ask the cluster for; at least one, or the registration is refused
     */
    default Set<EntryEventType> eventTypes() {
        return EntryListeners.overriddenTypes(this);
    }
}
