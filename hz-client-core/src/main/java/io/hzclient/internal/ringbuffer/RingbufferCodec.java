package io.hzclient.internal.ringbuffer;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;

import java.util.Collection;
import java.util.List;

/**
 * The Ringbuffer service's messages (service id 23), in the spec's order. A ringbuffer lives on the owner of its
 * name's partition: every call goes to {@code routingKey}, the name's Data.
 */
public final class RingbufferCodec {
    private static final int RESPONSE = ClientMessage.RESPONSE_HEADER_SIZE;

    private RingbufferCodec() {
    }

    public static final Operation<Long> SIZE = Operation.of("Ringbuffer.Size", RingbufferCodec::longResponse);
    public static final Operation<Long> TAIL_SEQUENCE = Operation.of("Ringbuffer.TailSequence",
            RingbufferCodec::longResponse);
    public static final Operation<Long> HEAD_SEQUENCE = Operation.of("Ringbuffer.HeadSequence",
            RingbufferCodec::longResponse);
    public static final Operation<Long> CAPACITY = Operation.of("Ringbuffer.Capacity", RingbufferCodec::longResponse);
    public static final Operation<Long> REMAINING_CAPACITY = Operation.of("Ringbuffer.RemainingCapacity",
            RingbufferCodec::longResponse);
    public static final Operation<Long> ADD = Operation.of("Ringbuffer.Add", RingbufferCodec::longResponse);
    /** Waits on the member until the item is there. */
    public static final Operation<Data> READ_ONE = Operation.blocking("Ringbuffer.ReadOne",
            RingbufferCodec::readOneResponse);
    public static final Operation<Long> ADD_ALL = Operation.of("Ringbuffer.AddAll", RingbufferCodec::longResponse);
    /** Waits on the member until minCount items are there. */
    public static final Operation<ReadManyResponse> READ_MANY = Operation.blocking("Ringbuffer.ReadMany",
            RingbufferCodec::readManyResponse);

    public static Call<Long> size(String name, Data routingKey) {
        return Call.onKey(SIZE, MessageWriter.request(0x170100).retryable().string(name).build(), routingKey);
    }

    public static Call<Long> tailSequence(String name, Data routingKey) {
        return Call.onKey(TAIL_SEQUENCE, MessageWriter.request(0x170200).retryable().string(name).build(), routingKey);
    }

    public static Call<Long> headSequence(String name, Data routingKey) {
        return Call.onKey(HEAD_SEQUENCE, MessageWriter.request(0x170300).retryable().string(name).build(), routingKey);
    }

    public static Call<Long> capacity(String name, Data routingKey) {
        return Call.onKey(CAPACITY, MessageWriter.request(0x170400).retryable().string(name).build(), routingKey);
    }

    public static Call<Long> remainingCapacity(String name, Data routingKey) {
        return Call.onKey(REMAINING_CAPACITY, MessageWriter.request(0x170500).retryable().string(name).build(),
                routingKey);
    }

    public static Call<Long> add(String name, int overflowPolicy, Data value, Data routingKey) {
        return Call.onKey(ADD, MessageWriter.request(0x170600).fixInt(overflowPolicy).string(name).data(value).build(),
                routingKey);
    }

    public static Call<Data> readOne(String name, long sequence, Data routingKey) {
        return Call.onKey(READ_ONE, MessageWriter.request(0x170700).retryable().fixLong(sequence).string(name).build(),
                routingKey);
    }

    public static Call<Long> addAll(String name, Collection<Data> valueList, int overflowPolicy, Data routingKey) {
        return Call.onKey(ADD_ALL, MessageWriter.request(0x170800).fixInt(overflowPolicy).string(name)
                .listData(valueList).build(), routingKey);
    }

    public static Call<ReadManyResponse> readMany(String name, long startSequence, int minCount, int maxCount,
                                                  Data filter, Data routingKey) {
        return Call.onKey(READ_MANY, MessageWriter.request(0x170900).retryable().fixLong(startSequence)
                .fixInt(minCount).fixInt(maxCount).string(name).nullableData(filter).build(), routingKey);
    }

    /** The answer of size, tailSequence, headSequence, capacity, remainingCapacity, add and addAll. */
    public static long longResponse(ClientMessage response) {
        return new MessageReader(response).fixLong(RESPONSE);
    }

    public static Data readOneResponse(ClientMessage response) {
        return new MessageReader(response).nullableData();
    }

    /** The answer of readMany, items still serialized. {@code itemSeqs} is null from members that do not send it. */
    public record ReadManyResponse(int readCount, List<Data> items, long[] itemSeqs, long nextSeq) {

        /** The sequence of item {@code i}; without itemSeqs, counted back from nextSeq (right when nothing was filtered). */
        public long sequence(int i) {
            return itemSeqs != null ? itemSeqs[i] : nextSeq - items.size() + i;
        }
    }

    public static ReadManyResponse readManyResponse(ClientMessage response) {
        MessageReader r = new MessageReader(response);
        int readCount = r.fixInt(RESPONSE);
        long nextSeq = r.fixLong(RESPONSE + FixedSizes.INT);
        List<Data> items = r.listData();
        long[] seqs = null;
        if (r.hasNextField() && !r.nextIsNull()) {
            seqs = r.listLong().stream().mapToLong(Long::longValue).toArray();
        }
        return new ReadManyResponse(readCount, items, seqs, nextSeq);
    }
}
