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

    default void entryAdded(EntryEvent<K, V> event) {
    }

    default void entryRemoved(EntryEvent<K, V> event) {
    }

    default void entryUpdated(EntryEvent<K, V> event) {
    }

    default void entryEvicted(EntryEvent<K, V> event) {
    }

    default void entryExpired(EntryEvent<K, V> event) {
    }

    default void entryMerged(EntryEvent<K, V> event) {
    }

    default void mapEvicted(MapEvent event) {
    }

    default void mapCleared(MapEvent event) {
    }

    /**
     * The events to subscribe to. By default, those whose method this listener overrides; override this to choose
     * them yourself (e.g. a listener that handles several kinds in one shared method).
     */
    default Set<EntryEventType> eventTypes() {
        return EntryListeners.overriddenTypes(this);
    }
}
