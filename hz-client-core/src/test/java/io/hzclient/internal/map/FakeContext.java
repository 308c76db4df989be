package io.hzclient.internal.map;

import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Futures;
import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.listener.ListenerCodec;
import io.hzclient.internal.listener.ListenerService;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.SerializationService;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A client context for unit tests of the proxy: records what would be sent and answers with what the test says.
 * Not a fake member: behaviour against the cluster is tested against real members in the ITs.
 */
final class FakeContext implements ClientContext, InvocationService, PartitionService, ListenerService {
    static final int PARTITIONS = 271;

    record Sent(ClientMessage request, int partitionId, String route) {
    }

    final List<Sent> sent = new CopyOnWriteArrayList<>();
    final TestSerialization serialization = new TestSerialization();
    final ExecutorService userExecutor = Executors.newSingleThreadExecutor(r -> new Thread(r, "user-executor"));
    volatile Function<ClientMessage, CompletableFuture<ClientMessage>> responder =
            r -> CompletableFuture.completedFuture(Responses.response(r.messageType() + 1, 0).build());
    volatile Consumer<ClientMessage> registeredHandler;

    @Override
    public SerializationService serialization() {
        return serialization;
    }

    @Override
    public InvocationService invocations() {
        return this;
    }

    @Override
    public PartitionService partitions() {
        return this;
    }

    @Override
    public ListenerService listeners() {
        return this;
    }

    @Override
    public ExecutorService userExecutor() {
        return userExecutor;
    }

    @Override
    public void destroyProxy(String serviceName, String name) {
    }

    /**
     * Records the call and completes it with what {@link #responder} answers. A request in a pooled buffer is
     * recorded as a heap copy with the same frames: the call releases the original as it ends.
     */
    @Override
    public <R> Call<R> invoke(Call<R> call) {
        ClientMessage request = call.request();
        ClientMessage kept = request.pooledWire() == null ? request
                : new ClientMessage(request.frames()).retryable(request.isRetryable());
        CallRoute route = CallRoute.of(call);
        int partition = route.keyHash() != null ? partitionIdForHash(route.keyHash()) : request.partitionId();
        sent.add(new Sent(kept, partition, route.name() + (call.operation().blocking() ? ", no deadline" : "")));
        responder.apply(kept).whenComplete((response, failure) -> {
            if (failure != null) {
                call.completeExceptionally(Futures.unwrapCause(failure));
            } else {
                call.complete(response);
            }
        });
        return call;
    }

    @Override
    public int partitionCount() {
        return PARTITIONS;
    }

    @Override
    public int partitionId(Data key) {
        int hash = key.partitionHash();
        return hash == Integer.MIN_VALUE ? 0 : Math.abs(hash) % PARTITIONS;
    }

    @Override
    public UUID owner(int partitionId) {
        return null;
    }

    @Override
    public CompletableFuture<UUID> register(ListenerCodec codec, Consumer<ClientMessage> eventHandler) {
        sent.add(new Sent(codec.encodeAdd(true), -1, "listener"));
        registeredHandler = eventHandler;
        return CompletableFuture.completedFuture(UUID.randomUUID());
    }

    @Override
    public CompletableFuture<Boolean> deregister(UUID registrationId) {
        return CompletableFuture.completedFuture(true);
    }
}
