package io.hzclient.internal.nearcache;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.protocol.ProtocolException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code Map.fetchNearCacheInvalidationMetadata} (0x013D00): names:List_String, uuid:UUID@16, sent to that member;
 * it answers for the partitions it owns with namePartitionSequenceList:EntryList_String_EntryList_Integer_Long
 * (per map, the partitions whose sequence is not 0) and partitionUuidList:EntryList_Integer_UUID. Sent to any
 * member, which forwards it to the one named: that works without a connection to it (unisocket, or not yet
 * connected).
 */
final class InvalidationMetadataCodec {
    static final int FETCH = 0x013D00;
    private static final int INT_LONG = FixedSizes.INT + FixedSizes.LONG;
    private static final int INT_UUID = FixedSizes.INT + FixedSizes.UUID;

    static final Operation<Metadata> FETCH_METADATA = Operation.of("Map.FetchNearCacheInvalidationMetadata",
            InvalidationMetadataCodec::decodeFetchResponse);

    private InvalidationMetadataCodec() {
    }

    static Call<Metadata> fetch(Collection<String> mapNames, UUID memberUuid) {
        return Call.onAnyMember(FETCH_METADATA, MessageWriter.request(FETCH).fixUuid(memberUuid)
                .listString(mapNames).build());
    }

    /** One member's answer: per map name, sequence by partition id; and the UUID of each partition it owns. */
    record Metadata(Map<String, Map<Integer, Long>> sequences, Map<Integer, UUID> partitionUuids) {
    }

    static Metadata decodeFetchResponse(ClientMessage response) {
        MessageReader r = new MessageReader(response);
        // EntryList_String_X: BEGIN, then key and value frames in turn, END
        List<Map.Entry<String, Map<Integer, Long>>> byName =
                r.list(entry -> Map.entry(entry.string(), intLongEntries(entry.bytes())));
        Map<String, Map<Integer, Long>> sequences = new LinkedHashMap<>();
        byName.forEach(e -> sequences.put(e.getKey(), e.getValue()));
        Map<Integer, UUID> uuids = intUuidEntries(r.bytes());
        return new Metadata(sequences, uuids);
    }

    /** EntryList_Integer_Long: one frame of (int key, long value) pairs, 12 bytes each. */
    static Map<Integer, Long> intLongEntries(byte[] frame) {
        checkPacked(frame, INT_LONG, "EntryList_Integer_Long");
        Map<Integer, Long> entries = new LinkedHashMap<>();
        for (int at = 0; at < frame.length; at += INT_LONG) {
            entries.put(FixedSizes.readInt(frame, at), FixedSizes.readLong(frame, at + FixedSizes.INT));
        }
        return entries;
    }

    /** EntryList_Integer_UUID: one frame of (int key, UUID value) pairs, 21 bytes each. */
    static Map<Integer, UUID> intUuidEntries(byte[] frame) {
        checkPacked(frame, INT_UUID, "EntryList_Integer_UUID");
        Map<Integer, UUID> entries = new LinkedHashMap<>();
        for (int at = 0; at < frame.length; at += INT_UUID) {
            entries.put(FixedSizes.readInt(frame, at), FixedSizes.readUuid(frame, at + FixedSizes.INT));
        }
        return entries;
    }

    private static void checkPacked(byte[] frame, int entrySize, String type) {
        if (frame.length % entrySize != 0) {
            throw new ProtocolException(type + " frame of " + frame.length + " bytes is not a whole number of "
                    + entrySize + "-byte entries");
        }
    }
}
