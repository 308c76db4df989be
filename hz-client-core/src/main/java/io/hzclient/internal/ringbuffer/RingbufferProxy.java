package io.hzclient.internal.ringbuffer;

import io.hzclient.internal.invocation.Call;
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

/**
 * The client side of a ringbuffer. Every call goes to the owner of the partition of the ringbuffer's name. Reads
 * that may wait for items (readOne at the tail, readMany with a minimum) are sent without an answer deadline,
 * since the member answers only when the items are there.
 */
public final class RingbufferProxy<E> extends ProxyBase implements Ringbuffer<E> {
    public static final String SERVICE_NAME = "hz:impl:ringbufferService";

    private volatile long capacity = -1;
    /** The ringbuffer's name as Data: the owner of its partition holds the ringbuffer. */
    private final Data routingKey;

    public RingbufferProxy(String name, ClientContext context) {
        super(SERVICE_NAME, name, context);
        this.routingKey = context.serialization().toData(name);
    }

    @Override
    public long capacity() {
        long c = capacity;
        if (c < 0) {
            c = invoke(RingbufferCodec.capacity(name, routingKey)).sync();
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
        return invoke(RingbufferCodec.capacity(name, routingKey)).thenApply(response -> {
            long answer = RingbufferCodec.longResponse(response);
            capacity = answer;
            return answer;
        });
    }

    @Override
    public long size() {
        return invoke(RingbufferCodec.size(name, routingKey)).sync();
    }

    @Override
    public long headSequence() {
        return invoke(RingbufferCodec.headSequence(name, routingKey)).sync();
    }

    @Override
    public long tailSequence() {
        return invoke(RingbufferCodec.tailSequence(name, routingKey)).sync();
    }

    @Override
    public long remainingCapacity() {
        return invoke(RingbufferCodec.remainingCapacity(name, routingKey)).sync();
    }

    @Override
    public long add(E item) {
        return add(item, OverflowPolicy.OVERWRITE);
    }

    @Override
    public long add(E item, OverflowPolicy policy) {
        return addCall(item, policy).sync();
    }

    @Override
    public CompletableFuture<Long> addAsync(E item, OverflowPolicy policy) {
        return addCall(item, policy).async(context.userExecutor());
    }

    private Call<Long> addCall(E item, OverflowPolicy policy) {
        Data data = context.serialization().toData(checkNotNull(item, "item"));
        return invoke(RingbufferCodec.add(name, checkNotNull(policy, "overflow policy").id(), data, routingKey));
    }

    @Override
    public long addAll(Collection<? extends E> items, OverflowPolicy policy) {
        return addAllCall(items, policy).sync();
    }

    @Override
    public CompletableFuture<Long> addAllAsync(Collection<? extends E> items, OverflowPolicy policy) {
        return addAllCall(items, policy).async(context.userExecutor());
    }

    private Call<Long> addAllCall(Collection<? extends E> items, OverflowPolicy policy) {
        checkNotNull(items, "items");
        if (items.isEmpty() || items.size() > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("addAll takes 1 to " + MAX_BATCH_SIZE + " items, got " + items.size());
        }
        List<Data> data = new ArrayList<>(items.size());
        for (E item : items) {
            data.add(context.serialization().toData(checkNotNull(item, "an item in items")));
        }
        return invoke(RingbufferCodec.addAll(name, data, checkNotNull(policy, "overflow policy").id(), routingKey));
    }

    @Override
    public E readOne(long sequence) {
        return readOneCall(sequence).sync();
    }

    @Override
    public CompletableFuture<E> readOneAsync(long sequence) {
        return readOneCall(sequence).async(context.userExecutor());
    }

    private Call<E> readOneCall(long sequence) {
        checkSequence(sequence);
        return invoke(RingbufferCodec.readOne(name, sequence, routingKey).then(context.serialization()::toObject));
    }

    @Override
    public ReadResultSet<E> readMany(long startSequence, int minCount, int maxCount, Object filter) {
        checkReadMany(startSequence, minCount, maxCount);
        checkAgainstCapacity(minCount, maxCount, capacity());
        Data filterData = filterData(filter);
        return readManyRequest(startSequence, minCount, maxCount, filterData).then(this::toResultSet).sync();
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
        return new PendingCall<>(response, m -> toResultSet(RingbufferCodec.readManyResponse(m)))
                .async(context.userExecutor());
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

    private Call<ReadManyResponse> readManyRequest(long start, int minCount, int maxCount, Data filter) {
        return invoke(RingbufferCodec.readMany(name, start, minCount, maxCount, filter, routingKey));
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

    private ReadResultSet<E> toResultSet(ReadManyResponse r) {
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

    private <R> Call<R> invoke(Call<R> call) {
        return context.invocations().invoke(call);
    }

    /** For the reliable topic: the sequences, asynchronously. */
    public CompletableFuture<Long> tailSequenceAsync() {
        return invoke(RingbufferCodec.tailSequence(name, routingKey)).thenApply(RingbufferCodec::longResponse);
    }

    public CompletableFuture<Long> headSequenceAsync() {
        return invoke(RingbufferCodec.headSequence(name, routingKey)).thenApply(RingbufferCodec::longResponse);
    }

    /** For the reliable topic: add an already serialized item. */
    public CompletableFuture<Long> addRaw(Data item, OverflowPolicy policy) {
        return invoke(RingbufferCodec.add(name, policy.id(), item, routingKey)).thenApply(RingbufferCodec::longResponse);
    }

    public CompletableFuture<Long> addAllRaw(List<Data> items, OverflowPolicy policy) {
        return invoke(RingbufferCodec.addAll(name, items, policy.id(), routingKey))
                .thenApply(RingbufferCodec::longResponse);
    }
}
