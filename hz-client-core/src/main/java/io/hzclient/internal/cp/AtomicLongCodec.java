package io.hzclient.internal.cp;

import io.hzclient.cp.CPGroupId;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;

/** The AtomicLong service's messages (service id 9); each names the long's CP group and its name in the group. */
public final class AtomicLongCodec {
    private static final int RESPONSE = ClientMessage.RESPONSE_HEADER_SIZE;

    private AtomicLongCodec() {
    }

    public static final Operation<Data> APPLY = Operation.of("AtomicLong.Apply", AtomicRefCodec::dataAnswer);
    public static final Operation<Long> ALTER = Operation.of("AtomicLong.Alter", AtomicLongCodec::longAnswer);
    public static final Operation<Long> ADD_AND_GET = Operation.of("AtomicLong.AddAndGet", AtomicLongCodec::longAnswer);
    public static final Operation<Boolean> COMPARE_AND_SET = Operation.of("AtomicLong.CompareAndSet",
            AtomicLongCodec::booleanAnswer);
    public static final Operation<Long> GET = Operation.of("AtomicLong.Get", AtomicLongCodec::longAnswer);
    public static final Operation<Long> GET_AND_ADD = Operation.of("AtomicLong.GetAndAdd", AtomicLongCodec::longAnswer);
    public static final Operation<Long> GET_AND_SET = Operation.of("AtomicLong.GetAndSet", AtomicLongCodec::longAnswer);

    public static Call<Data> apply(CPGroupId groupId, String name, Data function) {
        return Call.onAnyMember(APPLY, CPGroupCodec.groupId(MessageWriter.request(0x090100), groupId).string(name)
                .data(function).build());
    }

    /** Alters the value; the answer is the value before ({@code returnValueType} 0) or after (1). */
    public static Call<Long> alter(CPGroupId groupId, String name, Data function, int returnValueType) {
        return Call.onAnyMember(ALTER, CPGroupCodec.groupId(MessageWriter.request(0x090200).fixInt(returnValueType),
                groupId).string(name).data(function).build());
    }

    public static Call<Long> addAndGet(CPGroupId groupId, String name, long delta) {
        return CPCalls.onGroup(ADD_AND_GET, MessageWriter.request(0x090300).fixLong(delta), groupId, name);
    }

    public static Call<Boolean> compareAndSet(CPGroupId groupId, String name, long expected, long updated) {
        return CPCalls.onGroup(COMPARE_AND_SET, MessageWriter.request(0x090400).fixLong(expected)
                .fixLong(updated), groupId, name);
    }

    public static Call<Long> get(CPGroupId groupId, String name) {
        return CPCalls.onGroup(GET, MessageWriter.request(0x090500).retryable(), groupId, name);
    }

    public static Call<Long> getAndAdd(CPGroupId groupId, String name, long delta) {
        return CPCalls.onGroup(GET_AND_ADD, MessageWriter.request(0x090600).fixLong(delta), groupId, name);
    }

    public static Call<Long> getAndSet(CPGroupId groupId, String name, long newValue) {
        return CPCalls.onGroup(GET_AND_SET, MessageWriter.request(0x090700).fixLong(newValue), groupId, name);
    }


    public static long longAnswer(ClientMessage response) {
        return new MessageReader(response).fixLong(RESPONSE);
    }

    public static boolean booleanAnswer(ClientMessage response) {
        return new MessageReader(response).fixBoolean(RESPONSE);
    }
}
