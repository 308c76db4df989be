package io.hzclient.internal.cp;

import io.hzclient.cp.CPGroupId;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.Frame;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;

/**
 * The CPGroup service's messages (service id 30), and the RaftGroupId type every CP message carries. Any member
 * takes a CP call and hands it to the group's leader.
 */
public final class CPGroupCodec {
    private CPGroupCodec() {
    }

    public static final Operation<CPGroupId> CREATE_CP_GROUP = Operation.of("CPGroup.CreateCPGroup",
            CPGroupCodec::createCPGroupResponse);
    public static final Operation<Void> DESTROY_CP_OBJECT = Operation.of("CPGroup.DestroyCPObject",
            Operation::nothing);

    /** The group of a proxy's name ({@code name} or {@code name@group}), created if it does not exist. */
    public static Call<CPGroupId> createCPGroup(String proxyName) {
        return Call.onAnyMember(CREATE_CP_GROUP, MessageWriter.request(0x1E0100).retryable().string(proxyName).build());
    }

    public static Call<Void> destroyCPObject(CPGroupId groupId, String serviceName, String objectName) {
        MessageWriter w = MessageWriter.request(0x1E0200).retryable();
        return Call.onAnyMember(DESTROY_CP_OBJECT, groupId(w, groupId).string(serviceName).string(objectName).build());
    }

    public static CPGroupId createCPGroupResponse(ClientMessage response) {
        return new MessageReader(response).struct(CPGroupCodec::groupId);
    }

    /** RaftGroupId: seed and id fixed, then the name. */
    static MessageWriter groupId(MessageWriter w, CPGroupId id) {
        byte[] fixed = new byte[2 * FixedSizes.LONG];
        FixedSizes.writeLong(fixed, 0, id.seed());
        FixedSizes.writeLong(fixed, FixedSizes.LONG, id.id());
        return w.begin().frame(new Frame(fixed)).string(id.name()).end();
    }

    private static CPGroupId groupId(MessageReader r) {
        byte[] fixed = r.bytes();
        return new CPGroupId(r.string(), FixedSizes.readLong(fixed, 0), FixedSizes.readLong(fixed, FixedSizes.LONG));
    }
}
