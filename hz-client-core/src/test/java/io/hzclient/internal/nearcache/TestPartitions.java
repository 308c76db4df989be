package io.hzclient.internal.nearcache;

import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.serialization.Data;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A partition table for unit tests: a settable count, partitions by the keys' Murmur3 hash, owners as set. */
final class TestPartitions implements PartitionService {
    volatile int count;
    final Map<Integer, UUID> owners = new ConcurrentHashMap<>();

    TestPartitions(int count) {
        this.count = count;
    }

    /** A String key serialized as the members do (type -11). */
    static Data key(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        return Data.of(ByteBuffer.allocate(12 + utf8.length).putInt(0).putInt(-11).putInt(utf8.length).put(utf8)
                .array());
    }

    @Override
    public int partitionCount() {
        return count;
    }

    @Override
    public int partitionId(Data key) {
        int hash = key.partitionHash();
        return hash == Integer.MIN_VALUE ? 0 : Math.abs(hash) % count;
    }

    @Override
    public UUID owner(int partitionId) {
        return owners.get(partitionId);
    }
}
