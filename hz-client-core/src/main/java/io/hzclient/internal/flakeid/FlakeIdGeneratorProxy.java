package io.hzclient.internal.flakeid;

import io.hzclient.config.FlakeIdGeneratorConfig;
import io.hzclient.flakeid.FlakeIdGenerator;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.proxy.ProxyBase;

import java.util.concurrent.CompletableFuture;

/**
 * The client side of a Flake ID generator: ids from prefetched batches of {@code prefetchCount}, each usable for
 * {@code prefetchValidity} ({@link IdBatches}); a batch comes from any member (the load balancer's choice).
 */
public final class FlakeIdGeneratorProxy extends ProxyBase implements FlakeIdGenerator {
    public static final String SERVICE_NAME = "hz:impl:flakeIdGeneratorService";

    private final IdBatches batches;

    public FlakeIdGeneratorProxy(String name, ClientContext context, FlakeIdGeneratorConfig config) {
        super(SERVICE_NAME, name, context);
        int batchSize = config.prefetchCount();
        this.batches = new IdBatches(
                () -> context.invocations().invoke(FlakeIdGeneratorCodec.newIdBatch(name, batchSize))
                        .thenApply(FlakeIdGeneratorCodec::newIdBatchResponse), // pure, fine on the event loop
                config.prefetchValidity().toNanos(), System::nanoTime);
    }

    @Override
    public long newId() {
        return batches.nextBlocking();
    }

    @Override
    public CompletableFuture<Long> newIdAsync() {
        CompletableFuture<Long> id = batches.next();
        return id.isDone() ? id : id.whenCompleteAsync((v, e) -> { }, context.userExecutor());
    }
}
