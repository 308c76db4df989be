package io.hzclient.internal.ringbuffer;

import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;

import java.util.Collection;
import java.util.List;

/** The Ringbuffer service's messages (service id 23), in the spec's order. */
public final class RingbufferCodec {
    private static final int RESPONSE = ClientMessage.RESPONSE_HEADER_SIZE;

    private RingbufferCodec() {
    }

    public static ClientMessage size(String name) {
        return MessageWriter.request(0x170100).retryable().string(name).build();
    }

    public static ClientMessage tailSequence(String name) {
        return MessageWriter.request(0x170200).retryable().string(name).build();
    }

    public static ClientMessage headSequence(String name) {
        return MessageWriter.request(0x170300).retryable().string(name).build();
    }

    public static ClientMessage capacity(String name) {
        return MessageWriter.request(0x170400).retryable().string(name).build();
    }

    public static ClientMessage remainingCapacity(String name) {
        return MessageWriter.request(0x170500).retryable().string(name).build();
    }

    public static ClientMessage add(String name, int overflowPolicy, Data value) {
        return MessageWriter.request(0x170600).fixInt(overflowPolicy).string(name).data(value).build();
    }

    public static ClientMessage readOne(String name, long sequence) {
        return MessageWriter.request(0x170700).retryable().fixLong(sequence).string(name).build();
    }

    public static ClientMessage addAll(String name, Collection<Data> values, int overflowPolicy) {
        return MessageWriter.request(0x170800).fixInt(overflowPolicy).string(name).listData(values).build();
    }

    public static ClientMessage readMany(String name, long startSequence, int minCount, int maxCount, Data filter) {
        return MessageWriter.request(0x170900).retryable().fixLong(startSequence).fixInt(minCount).fixInt(maxCount)
                .string(name).nullableData(filter).build();
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
