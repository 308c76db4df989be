package io.hzclient.map;

import java.util.UUID;

/**
 * Something happened to the whole map: {@link EntryEventType#CLEAR_ALL} or {@link EntryEventType#EVICT_ALL}.
 *
 * @param mapName                 the map
 * @param member                  the member that reports the event (each member reports its own share)
 * @param type                    {@link EntryEventType#CLEAR_ALL} or {@link EntryEventType#EVICT_ALL}
 * @param numberOfAffectedEntries how many entries that member removed
 */
public record MapEvent(String mapName, UUID member, EntryEventType type, int numberOfAffectedEntries) {
}
