package io.hzclient.internal.proxy;

import io.hzclient.DistributedObjectInfo;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;

import java.util.List;

/**
 * Client.createProxy, destroyProxy and getDistributedObjects as Calls. Apart from {@link ClientCodec}, whose
 * connection-level messages the invocation layer itself uses: building Calls there would make codec and invocation
 * depend on each other.
 */
public final class ProxyCodec {
    public static final Operation<Void> CREATE_PROXY = Operation.of("Client.CreateProxy", Operation::nothing);
    public static final Operation<Void> DESTROY_PROXY = Operation.of("Client.DestroyProxy", Operation::nothing);
    public static final Operation<List<DistributedObjectInfo>> GET_DISTRIBUTED_OBJECTS =
            Operation.of("Client.GetDistributedObjects", ProxyCodec::decodeGetDistributedObjects);

    private ProxyCodec() {
    }

    public static Call<Void> createProxy(String name, String serviceName) {
        return Call.onAnyMember(CREATE_PROXY,
                MessageWriter.request(ClientCodec.CREATE_PROXY).string(name).string(serviceName).build());
    }

    public static Call<Void> destroyProxy(String name, String serviceName) {
        return Call.onAnyMember(DESTROY_PROXY,
                MessageWriter.request(ClientCodec.DESTROY_PROXY).string(name).string(serviceName).build());
    }

    public static Call<List<DistributedObjectInfo>> getDistributedObjects() {
        return Call.onAnyMember(GET_DISTRIBUTED_OBJECTS,
                MessageWriter.request(ClientCodec.GET_DISTRIBUTED_OBJECTS).build());
    }

    /** DistributedObjectInfo: serviceName, name. */
    static List<DistributedObjectInfo> decodeGetDistributedObjects(ClientMessage response) {
        return new MessageReader(response).structList(r -> new DistributedObjectInfo(r.string(), r.string()));
    }
}
