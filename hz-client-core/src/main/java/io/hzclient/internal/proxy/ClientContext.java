package io.hzclient.internal.proxy;

import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.listener.ListenerService;
import io.hzclient.internal.serialization.SerializationService;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;

/** What a proxy needs from the client, and nothing more. */
public interface ClientContext {

    SerializationService serialization();

    InvocationService invocations();

    PartitionService partitions();

    ListenerService listeners();

    /** Where user callbacks run: never the event loop. */
    Executor userExecutor();

    /** Destroys the object on the cluster and forgets its proxy. */
    void destroyProxy(String serviceName, String name);

    /**
     * The UUIDs of the cluster's data (not lite) members in the client's last member list; empty before the first.
     * Contexts without a cluster (unit tests) have none.
     */
    default Set<UUID> dataMembers() {
        return Set.of();
    }

    /**
     * Runs {@code action} each time the client connects to another cluster than before (a new cluster id, e.g.
     * after a full restart), before it reports being connected. Contexts without a cluster (unit tests) never do.
     */
    default void onClusterChange(Runnable action) {
    }
}
