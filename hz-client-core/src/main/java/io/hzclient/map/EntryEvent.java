package io.hzclient.map;

import java.util.UUID;

/**
 * One entry changed. {@code value} and {@code oldValue} are null when the listener was added without values;
 * {@code mergingValue} is set only for {@link EntryEventType#MERGED}. Values are already deserialized.
 *
 * @param mapName      the map the entry belongs to
 * @param member       the member on which the change happened
 * @param type         what happened
 * @param key          the entry's key
 * @param value        the value after the change (null for a removal)
 * @param oldValue     the value before the change (null for an addition)
 * @param mergingValue the value merged in, for {@link EntryEventType#MERGED} only
 * @param <K>          the type of the keys
 * @param <V>          the type of the values
 */
public record EntryEvent<K, V>(String mapName, UUID member, EntryEventType type, K key, V value, V oldValue,
                               V mergingValue) {
}
