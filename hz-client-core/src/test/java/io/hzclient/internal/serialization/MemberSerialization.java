package io.hzclient.internal.serialization;

import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import com.hazelcast.internal.serialization.impl.HeapData;

/** The member's own serialization service: the reference for the bytes we must produce and read. */
final class MemberSerialization {
    static final InternalSerializationService DEFAULT = new DefaultSerializationServiceBuilder().build();

    private MemberSerialization() {
    }

    static byte[] bytes(Object value) {
        return DEFAULT.toData(value).toByteArray();
    }

    static int partitionHash(Object value) {
        return DEFAULT.toData(value).getPartitionHash();
    }

    static <T> T read(byte[] bytes) {
        return DEFAULT.toObject(new HeapData(bytes));
    }
}
