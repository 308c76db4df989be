package io.hzclient.map;

import java.util.UUID;

/**
 * One entry changed. {@code value} and {@code oldValue} are null when the listener was added without values;
 * {@code mergingValue} is set only for {@link EntryEventType#MERGED}. Values are already deserialized.
 *
 * @param mapName the map the entry belongs to
 * @param member  the member on which the change happened
 * @param type    what happened
 */
public record EntryEvent<K, V>(String mapName, UUID member, EntryEventType type, K key, V value, V oldValue,
                               V mergingValue) {
}
