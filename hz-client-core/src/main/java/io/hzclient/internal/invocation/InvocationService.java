package io.hzclient.internal.invocation;

import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.serialization.Data;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Sends requests and completes their futures with the responses. Retries follow the protocol's rules (retryable
 * requests, or all with redo-operation on) within the invocation timeout.
 * <p>The returned futures complete on a Netty event loop, so that a sync caller is woken with no thread hop: a sync
 * proxy method joins and decodes in the caller's thread; an async one must move to {@code context.userExecutor()}
 * (e.g. {@code thenApplyAsync(decode, executor)}) so that no user callback ever runs on the event loop.
 */
public interface InvocationService {

    /** To the owner of the partition when routing is smart, else through any connection. */
    CompletableFuture<ClientMessage> invokeOnPartition(ClientMessage request, int partitionId);

    /** To the owner of the key's partition; the request's partition id is set from the key. */
    CompletableFuture<ClientMessage> invokeOnKey(ClientMessage request, Data key);

    /** {@link #invokeOnKey(ClientMessage, Data)} with the key as the bytes its Data would wrap. */
    default CompletableFuture<ClientMessage> invokeOnKey(ClientMessage request, byte[] keyBytes) {
        return invokeOnKey(request, Data.of(keyBytes));
    }

    /**
     * Like {@link #invokeOnKey} for calls that may wait on the member as long as they need (a lock, a blocking take):
     * their answer has no deadline; only retries stay within the invocation timeout.
     */
    CompletableFuture<ClientMessage> invokeOnKeyBlocking(ClientMessage request, Data key);

    /**
     * Like {@link #invokeOnPartition} for calls that may wait on the member as long as they need (a ringbuffer read
     * that waits for items): their answer has no deadline; only retries stay within the invocation timeout.
     * The default keeps the deadline, for implementations that have none to lift.
     */
    default CompletableFuture<ClientMessage> invokeOnPartitionBlocking(ClientMessage request, int partitionId) {
        return invokeOnPartition(request, partitionId);
    }

    /** To a member chosen by the load balancer. */
    CompletableFuture<ClientMessage> invoke(ClientMessage request);

    /** To one member; fails if the client has no connection to it. */
    CompletableFuture<ClientMessage> invokeOnMember(ClientMessage request, UUID memberUuid);
}
