package io.hzclient.internal.ringbuffer;

import io.hzclient.internal.proxy.PendingCall;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.proxy.ProxyBase;
import io.hzclient.internal.ringbuffer.RingbufferCodec.ReadManyResponse;
import io.hzclient.internal.serialization.Data;
import io.hzclient.ringbuffer.OverflowPolicy;
import io.hzclient.ringbuffer.ReadResultSet;
import io.hzclient.ringbuffer.Ringbuffer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The client side of a ringbuffer. Every call goes to the owner of the partition of the ringbuffer's name. Reads
 * that may wait for items (readOne at the tail, readMany with a minimum) are sent without an answer deadline,
 * since the member answers only when the items are there.
 */
public final class RingbufferProxy<E> extends ProxyBase implements Ringbuffer<E> {
    public static final String SERVICE_NAME = "hz:impl:ringbufferService";

    private volatile long capacity = -1;

    public RingbufferProxy(String name, ClientContext context) {
        super(SERVICE_NAME, name, context);
    }

    @Override
    public long capacity() {
        long c = capacity;
        if (c < 0) {
            c = longCall(RingbufferCodec.capacity(name)).join();
            capacity = c;
        }
        return c;
    }

    /** The capacity without waiting: asked once, then cached, as {@link #capacity()}. */
    private CompletableFuture<Long> capacityAsync() {
        long c = capacity;
        if (c >= 0) {
            return CompletableFuture.completedFuture(c);
        }
        return context.invocations().invokeOnPartition(RingbufferCodec.capacity(name), partitionId())
                .thenApply(response -> {
                    long answer = RingbufferCodec.longResponse(response);
                    capacity = answer;
                    return answer;
                });
    }

    @Override
    public long size() {
        return longCall(RingbufferCodec.size(name)).join();
    }

    @Override
    public long headSequence() {
        return longCall(RingbufferCodec.headSequence(name)).join();
    }

    @Override
    public long tailSequence() {
        return longCall(RingbufferCodec.tailSequence(name)).join();
    }

    @Override
    public long remainingCapacity() {
        return longCall(RingbufferCodec.remainingCapacity(name)).join();
    }

    @Override
    public long add(E item) {
        return add(item, OverflowPolicy.OVERWRITE);
    }

    @Override
    public long add(E item, OverflowPolicy policy) {
        return addCall(item, policy).join();
    }

    @Override
    public CompletableFuture<Long> addAsync(E item, OverflowPolicy policy) {
        return addCall(item, policy).async(context.userExecutor());
    }

    private PendingCall<?, Long> addCall(E item, OverflowPolicy policy) {
        Data data = context.serialization().toData(checkNotNull(item, "item"));
        return longCall(RingbufferCodec.add(name, checkNotNull(policy, "overflow policy").id(), data));
    }

    @Override
    public long addAll(Collection<? extends E> items, OverflowPolicy policy) {
        return addAllCall(items, policy).join();
    }

    @Override
    public CompletableFuture<Long> addAllAsync(Collection<? extends E> items, OverflowPolicy policy) {
        return addAllCall(items, policy).async(context.userExecutor());
    }

    private PendingCall<?, Long> addAllCall(Collection<? extends E> items, OverflowPolicy policy) {
        checkNotNull(items, "items");
        if (items.isEmpty() || items.size() > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("addAll takes 1 to " + MAX_BATCH_SIZE + " items, got " + items.size());
        }
        List<Data> data = new ArrayList<>(items.size());
        for (E item : items) {
            data.add(context.serialization().toData(checkNotNull(item, "an item in items")));
        }
        return longCall(RingbufferCodec.addAll(name, data, checkNotNull(policy, "overflow policy").id()));
    }

    @Override
    public E readOne(long sequence) {
        return readOneCall(sequence).join();
    }

    @Override
    public CompletableFuture<E> readOneAsync(long sequence) {
        return readOneCall(sequence).async(context.userExecutor());
    }

    private PendingCall<?, E> readOneCall(long sequence) {
        checkSequence(sequence);
        return new PendingCall<>(blocking(RingbufferCodec.readOne(name, sequence)),
                r -> context.serialization().toObject(RingbufferCodec.readOneResponse(r)));
    }

    @Override
    public ReadResultSet<E> readMany(long startSequence, int minCount, int maxCount, Object filter) {
        checkReadMany(startSequence, minCount, maxCount);
        checkAgainstCapacity(minCount, maxCount, capacity());
        Data filterData = filterData(filter);
        return new PendingCall<>(readManyRequest(startSequence, minCount, maxCount, filterData), this::toResultSet)
                .join();
    }

    /** The checks that need no answer throw at once; a count above the capacity fails the future. */
    @Override
    public CompletableFuture<ReadResultSet<E>> readManyAsync(long startSequence, int minCount, int maxCount,
                                                             Object filter) {
        checkReadMany(startSequence, minCount, maxCount);
        Data filterData = filterData(filter);
        CompletableFuture<ClientMessage> response = capacityAsync().thenCompose(capacity -> {
            checkAgainstCapacity(minCount, maxCount, capacity);
            return readManyRequest(startSequence, minCount, maxCount, filterData);
        });
        return new PendingCall<>(response, this::toResultSet).async(context.userExecutor());
    }

    /**
     * readMany, answered on the event loop with the response undecoded: for the reliable topic, which decodes the
     * items itself and cancels this very future when its listener goes away (so the read is not sent again).
     * Checks the arguments as {@link #readMany} does, except against the capacity: a reliable topic's read batch
     * may be larger than a small ringbuffer, and the member then answers with what it holds.
     */
    public CompletableFuture<ClientMessage> readManyRaw(long start, int minCount, int maxCount, Object filter) {
        checkReadMany(start, minCount, maxCount);
        return readManyRequest(start, minCount, maxCount, filterData(filter));
    }

    private CompletableFuture<ClientMessage> readManyRequest(long start, int minCount, int maxCount, Data filter) {
        return blocking(RingbufferCodec.readMany(name, start, minCount, maxCount, filter));
    }

    private Data filterData(Object filter) {
        return filter == null ? null : context.serialization().toData(filter);
    }

    /** The rules of the official clients, but for the capacity, which needs the member's answer. */
    private static void checkReadMany(long start, int minCount, int maxCount) {
        checkSequence(start);
        if (minCount < 0) {
            throw new IllegalArgumentException("minCount must not be negative, got " + minCount);
        }
        if (maxCount < minCount) {
            throw new IllegalArgumentException("maxCount (" + maxCount + ") must not be less than minCount ("
                    + minCount + ")");
        }
        if (maxCount > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("maxCount must not be above " + MAX_BATCH_SIZE + ", got " + maxCount);
        }
    }

    private void checkAgainstCapacity(int minCount, int maxCount, long capacity) {
        if (minCount > capacity) {
            throw new IllegalArgumentException("minCount (" + minCount + ") must not be above the capacity of"
                    + " ringbuffer " + name + " (" + capacity + "): the read would wait for more items than it holds");
        }
        if (maxCount > capacity) {
            throw new IllegalArgumentException("maxCount (" + maxCount + ") must not be above the capacity of"
                    + " ringbuffer " + name + " (" + capacity + ")");
        }
    }

    private ReadResultSet<E> toResultSet(ClientMessage response) {
        ReadManyResponse r = RingbufferCodec.readManyResponse(response);
        List<E> items = new ArrayList<>(r.items().size());
        List<Long> sequences = new ArrayList<>(r.items().size());
        for (int i = 0; i < r.items().size(); i++) {
            items.add(context.serialization().toObject(r.items().get(i)));
            sequences.add(r.sequence(i));
        }
        return new ReadResultSet<>(r.readCount(), items, sequences, r.nextSeq());
    }

    private static void checkSequence(long sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("a sequence must not be negative, got " + sequence);
        }
    }

    private int partitionId() {
        return context.partitions().partitionId(context.serialization().toData(name));
    }

    private PendingCall<?, Long> longCall(ClientMessage request) {
        return call(request, RingbufferCodec::longResponse);
    }

    private <T> PendingCall<?, T> call(ClientMessage request, Function<ClientMessage, T> decoder) {
        return new PendingCall<>(context.invocations().invokeOnPartition(request, partitionId()), decoder);
    }

    /** A read that may wait on the member for items: no deadline for the answer. */
    private CompletableFuture<ClientMessage> blocking(ClientMessage request) {
        return context.invocations().invokeOnPartitionBlocking(request, partitionId());
    }

    /** For the reliable topic: the sequences, asynchronously. */
    public CompletableFuture<Long> tailSequenceAsync() {
        return context.invocations().invokeOnPartition(RingbufferCodec.tailSequence(name), partitionId())
                .thenApply(RingbufferCodec::longResponse);
    }

    public CompletableFuture<Long> headSequenceAsync() {
        return context.invocations().invokeOnPartition(RingbufferCodec.headSequence(name), partitionId())
                .thenApply(RingbufferCodec::longResponse);
    }

    /** For the reliable topic: add an already serialized item. */
    public CompletableFuture<Long> addRaw(Data item, OverflowPolicy policy) {
        return context.invocations().invokeOnPartition(RingbufferCodec.add(name, policy.id(), item), partitionId())
                .thenApply(RingbufferCodec::longResponse);
    }

    public CompletableFuture<Long> addAllRaw(List<Data> items, OverflowPolicy policy) {
        return context.invocations().invokeOnPartition(RingbufferCodec.addAll(name, items, policy.id()), partitionId())
                .thenApply(RingbufferCodec::longResponse);
    }
}
