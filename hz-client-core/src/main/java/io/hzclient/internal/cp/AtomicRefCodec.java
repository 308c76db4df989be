package io.hzclient.internal.cp;

import io.hzclient.cp.CPGroupId;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;

/** The AtomicRef service's messages (service id 10); values travel serialized, null as a NULL frame. */
public final class AtomicRefCodec {
    private AtomicRefCodec() {
    }

    public static final Operation<Data> APPLY = Operation.of("AtomicRef.Apply", AtomicRefCodec::dataAnswer);
    public static final Operation<Boolean> COMPARE_AND_SET = Operation.of("AtomicRef.CompareAndSet",
            AtomicLongCodec::booleanAnswer);
    public static final Operation<Boolean> CONTAINS = Operation.of("AtomicRef.Contains",
            AtomicLongCodec::booleanAnswer);
    public static final Operation<Data> GET = Operation.of("AtomicRef.Get", AtomicRefCodec::dataAnswer);
    public static final Operation<Data> SET = Operation.of("AtomicRef.Set", AtomicRefCodec::dataAnswer);

    /**
     * Applies the function to the value, storing its result when {@code alter}; the answer is nothing
     * ({@code returnValueType} 0), the value before (1) or the value after (2).
     */
    public static Call<Data> apply(CPGroupId groupId, String name, Data function, int returnValueType,
                                   boolean alter) {
        MessageWriter w = MessageWriter.request(0x0A0100).fixInt(returnValueType).fixBoolean(alter);
        return Call.onAnyMember(APPLY, CPGroupCodec.groupId(w, groupId).string(name).data(function).build());
    }

    public static Call<Boolean> compareAndSet(CPGroupId groupId, String name, Data oldValue, Data newValue) {
        MessageWriter w = CPGroupCodec.groupId(MessageWriter.request(0x0A0200), groupId).string(name);
        return Call.onAnyMember(COMPARE_AND_SET, w.nullableData(oldValue).nullableData(newValue).build());
    }

    public static Call<Boolean> contains(CPGroupId groupId, String name, Data value) {
        MessageWriter w = CPGroupCodec.groupId(MessageWriter.request(0x0A0300).retryable(), groupId).string(name);
        return Call.onAnyMember(CONTAINS, w.nullableData(value).build());
    }

    public static Call<Data> get(CPGroupId groupId, String name) {
        MessageWriter w = CPGroupCodec.groupId(MessageWriter.request(0x0A0400).retryable(), groupId).string(name);
        return Call.onAnyMember(GET, w.build());
    }

    /** Sets the value; the answer carries the old value when {@code returnOldValue}, else null. */
    public static Call<Data> set(CPGroupId groupId, String name, Data newValue, boolean returnOldValue) {
        MessageWriter w = CPGroupCodec.groupId(MessageWriter.request(0x0A0500).fixBoolean(returnOldValue), groupId)
                .string(name);
        return Call.onAnyMember(SET, w.nullableData(newValue).build());
    }

    public static Data dataAnswer(ClientMessage response) {
        return new MessageReader(response).nullableData();
    }
}
