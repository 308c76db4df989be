package io.hzclient.internal.cp;

import io.hzclient.cp.CPGroupId;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.MessageWriter;

/** The shape every CP data structure's request shares. */
final class CPCalls {
    private CPCalls() {
    }

    /** A call of a CP data structure: its fixed fields already written, then its group and its name. */
    static <R> Call<R> onGroup(Operation<R> op, MessageWriter fixedWritten, CPGroupId groupId, String name) {
        return Call.onAnyMember(op, CPGroupCodec.groupId(fixedWritten, groupId).string(name).build());
    }
}
