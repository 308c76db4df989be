package io.hzclient.internal.pncounter;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.Frame;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The PNCounter service's messages (service id 29). */
final class PNCounterCodec {
    private static final int VALUE = ClientMessage.RESPONSE_HEADER_SIZE;
    private static final int ENTRY = FixedSizes.UUID + FixedSizes.LONG;

    private PNCounterCodec() {
    }

    static final Operation<CounterResponse> GET = Operation.of("PNCounter.Get", PNCounterCodec::counterResponse);
    static final Operation<CounterResponse> ADD = Operation.of("PNCounter.Add", PNCounterCodec::counterResponse);
    static final Operation<Integer> GET_CONFIGURED_REPLICA_COUNT = Operation.of("PNCounter.GetConfiguredReplicaCount",
            PNCounterCodec::intResponse);

    /** To the replica {@code targetReplicaUuid} itself: the member answers only for its own replica. */
    static Call<CounterResponse> get(String name, Map<UUID, Long> replicaTimestamps, UUID targetReplicaUuid) {
        return Call.onMember(GET, MessageWriter.request(0x1D0100).retryable().fixUuid(targetReplicaUuid).string(name)
                .frame(clock(replicaTimestamps)).build(), targetReplicaUuid);
    }

    static Call<CounterResponse> add(String name, long delta, boolean getBeforeUpdate,
                                     Map<UUID, Long> replicaTimestamps, UUID targetReplicaUuid) {
        return Call.onMember(ADD, MessageWriter.request(0x1D0200).fixLong(delta).fixBoolean(getBeforeUpdate)
                .fixUuid(targetReplicaUuid).string(name).frame(clock(replicaTimestamps)).build(), targetReplicaUuid);
    }

    static Call<Integer> getConfiguredReplicaCount(String name) {
        return Call.onAnyMember(GET_CONFIGURED_REPLICA_COUNT,
                MessageWriter.request(0x1D0300).retryable().string(name).build());
    }

    /** The answer of get and add: the value and the replica's clock. */
    record CounterResponse(long value, Map<UUID, Long> replicaTimestamps) {
    }

    static CounterResponse counterResponse(ClientMessage response) {
        MessageReader r = new MessageReader(response);
        long value = r.fixLong(VALUE);
        return new CounterResponse(value, readClock(r.bytes()));
    }

    static int intResponse(ClientMessage response) {
        return new MessageReader(response).fixInt(VALUE);
    }

    /** {@code EntryList_UUID_Long}: one frame of packed (UUID, long) pairs. */
    static Frame clock(Map<UUID, Long> timestamps) {
        byte[] b = new byte[timestamps.size() * ENTRY];
        int at = 0;
        for (Map.Entry<UUID, Long> e : timestamps.entrySet()) {
            FixedSizes.writeUuid(b, at, e.getKey());
            FixedSizes.writeLong(b, at + FixedSizes.UUID, e.getValue());
            at += ENTRY;
        }
        return new Frame(b);
    }

    static Map<UUID, Long> readClock(byte[] b) {
        Map<UUID, Long> result = new LinkedHashMap<>();
        for (int at = 0; at + ENTRY <= b.length; at += ENTRY) {
            result.put(FixedSizes.readUuid(b, at), FixedSizes.readLong(b, at + FixedSizes.UUID));
        }
        return result;
    }
}
