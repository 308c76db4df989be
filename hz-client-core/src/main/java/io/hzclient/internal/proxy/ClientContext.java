package io.hzclient.internal.proxy;

import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.listener.ListenerService;
import io.hzclient.internal.serialization.SerializationService;

/** What a proxy needs from the client, and nothing more. */
public interface ClientContext {

    SerializationService serialization();

    InvocationService invocations();

    PartitionService partitions();

    ListenerService listeners();
}
