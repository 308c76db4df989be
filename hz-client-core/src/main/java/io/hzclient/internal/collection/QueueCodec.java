package io.hzclient.internal.collection;

import io.hzclient.internal.collection.ItemEvents.ItemEventData;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.Serialized;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The Queue service's messages (service id 3), in the spec's order. A queue lives on the owner of its partition:
 * every call goes to {@code routingKey}. None is retryable (each takes or adds items) but removeListener. An offer or
 * poll with a timeout, a put and a take may wait on the member as long as asked: their operations are blocking (no
 * answer deadline).
 */
final class QueueCodec {
    static final int ITEM_EVENT = 0x031102;
    private static final int RESPONSE = ClientMessage.RESPONSE_HEADER_SIZE;

    private QueueCodec() {
    }

    static final Operation<Boolean> OFFER = Operation.of("Queue.Offer", QueueCodec::booleanResponse);
    static final Operation<Boolean> OFFER_WAITING = Operation.blocking("Queue.Offer", QueueCodec::booleanResponse);
    static final Operation<Void> PUT = Operation.blocking("Queue.Put", Operation::nothing);
    static final Operation<Integer> SIZE = Operation.of("Queue.Size", QueueCodec::intResponse);
    static final Operation<Boolean> REMOVE = Operation.of("Queue.Remove", QueueCodec::booleanResponse);
    static final Operation<Data> POLL = Operation.of("Queue.Poll", QueueCodec::dataResponse);
    static final Operation<Data> POLL_WAITING = Operation.blocking("Queue.Poll", QueueCodec::dataResponse);
    static final Operation<Data> TAKE = Operation.blocking("Queue.Take", QueueCodec::dataResponse);
    static final Operation<Data> PEEK = Operation.of("Queue.Peek", QueueCodec::dataResponse);
    static final Operation<List<Data>> ITERATOR = Operation.of("Queue.Iterator", QueueCodec::listResponse);
    static final Operation<List<Data>> DRAIN_TO = Operation.of("Queue.DrainTo", QueueCodec::listResponse);
    static final Operation<List<Data>> DRAIN_TO_MAX_SIZE = Operation.of("Queue.DrainToMaxSize",
            QueueCodec::listResponse);
    static final Operation<Boolean> CONTAINS = Operation.of("Queue.Contains", QueueCodec::booleanResponse);
    static final Operation<Boolean> CONTAINS_ALL = Operation.of("Queue.ContainsAll", QueueCodec::booleanResponse);
    static final Operation<Boolean> COMPARE_AND_REMOVE_ALL = Operation.of("Queue.CompareAndRemoveAll",
            QueueCodec::booleanResponse);
    static final Operation<Boolean> COMPARE_AND_RETAIN_ALL = Operation.of("Queue.CompareAndRetainAll",
            QueueCodec::booleanResponse);
    static final Operation<Void> CLEAR = Operation.of("Queue.Clear", Operation::nothing);
    static final Operation<Boolean> ADD_ALL = Operation.of("Queue.AddAll", QueueCodec::booleanResponse);
    static final Operation<Integer> REMAINING_CAPACITY = Operation.of("Queue.RemainingCapacity",
            QueueCodec::intResponse);
    static final Operation<Boolean> IS_EMPTY = Operation.of("Queue.IsEmpty", QueueCodec::booleanResponse);

    /** Waits on the member up to {@code timeoutMillis} for room; 0 answers at once. */
    static Call<Boolean> offer(String name, Serialized value, long timeoutMillis, Data routingKey) {
        return Call.onKey(timeoutMillis > 0 ? OFFER_WAITING : OFFER, MessageWriter.pooledRequest(0x030100)
                .fixLong(timeoutMillis).string(name).data(value).build(), routingKey);
    }

    static Call<Void> put(String name, Serialized value, Data routingKey) {
        return Call.onKey(PUT, MessageWriter.pooledRequest(0x030200).string(name).data(value).build(), routingKey);
    }

    static Call<Integer> size(String name, Data routingKey) {
        return Call.onKey(SIZE, MessageWriter.request(0x030300).string(name).build(), routingKey);
    }

    static Call<Boolean> remove(String name, Data value, Data routingKey) {
        return Call.onKey(REMOVE, MessageWriter.request(0x030400).string(name).data(value).build(), routingKey);
    }

    /** Waits on the member up to {@code timeoutMillis} for an item; 0 answers at once. */
    static Call<Data> poll(String name, long timeoutMillis, Data routingKey) {
        return Call.onKey(timeoutMillis > 0 ? POLL_WAITING : POLL,
                MessageWriter.pooledRequest(0x030500).fixLong(timeoutMillis).string(name).build(), routingKey);
    }

    static Call<Data> take(String name, Data routingKey) {
        return Call.onKey(TAKE, MessageWriter.request(0x030600).string(name).build(), routingKey);
    }

    static Call<Data> peek(String name, Data routingKey) {
        return Call.onKey(PEEK, MessageWriter.request(0x030700).string(name).build(), routingKey);
    }

    static Call<List<Data>> iterator(String name, Data routingKey) {
        return Call.onKey(ITERATOR, MessageWriter.request(0x030800).string(name).build(), routingKey);
    }

    static Call<List<Data>> drainTo(String name, Data routingKey) {
        return Call.onKey(DRAIN_TO, MessageWriter.request(0x030900).string(name).build(), routingKey);
    }

    static Call<List<Data>> drainToMaxSize(String name, int maxSize, Data routingKey) {
        return Call.onKey(DRAIN_TO_MAX_SIZE, MessageWriter.request(0x030A00).fixInt(maxSize).string(name).build(),
                routingKey);
    }

    static Call<Boolean> contains(String name, Data value, Data routingKey) {
        return Call.onKey(CONTAINS, MessageWriter.request(0x030B00).string(name).data(value).build(), routingKey);
    }

    static Call<Boolean> containsAll(String name, Collection<Data> dataList, Data routingKey) {
        return Call.onKey(CONTAINS_ALL, MessageWriter.request(0x030C00).string(name).listData(dataList).build(),
                routingKey);
    }

    static Call<Boolean> compareAndRemoveAll(String name, Collection<Data> dataList, Data routingKey) {
        return Call.onKey(COMPARE_AND_REMOVE_ALL, MessageWriter.request(0x030D00).string(name).listData(dataList)
                .build(), routingKey);
    }

    static Call<Boolean> compareAndRetainAll(String name, Collection<Data> dataList, Data routingKey) {
        return Call.onKey(COMPARE_AND_RETAIN_ALL, MessageWriter.request(0x030E00).string(name).listData(dataList)
                .build(), routingKey);
    }

    static Call<Void> clear(String name, Data routingKey) {
        return Call.onKey(CLEAR, MessageWriter.request(0x030F00).string(name).build(), routingKey);
    }

    static Call<Boolean> addAll(String name, Collection<Data> dataList, Data routingKey) {
        return Call.onKey(ADD_ALL, MessageWriter.request(0x031000).string(name).listData(dataList).build(),
                routingKey);
    }

    static ClientMessage addListener(String name, boolean includeValue, boolean localOnly) {
        return MessageWriter.request(0x031100).fixBoolean(includeValue).fixBoolean(localOnly).string(name).build();
    }

    static ClientMessage removeListener(String name, UUID registrationId) {
        return MessageWriter.request(0x031200).retryable().fixUuid(registrationId).string(name).build();
    }

    static Call<Integer> remainingCapacity(String name, Data routingKey) {
        return Call.onKey(REMAINING_CAPACITY, MessageWriter.request(0x031300).string(name).build(), routingKey);
    }

    static Call<Boolean> isEmpty(String name, Data routingKey) {
        return Call.onKey(IS_EMPTY, MessageWriter.request(0x031400).string(name).build(), routingKey);
    }

    static boolean booleanResponse(ClientMessage response) {
        return new MessageReader(response).fixBoolean(RESPONSE);
    }

    static int intResponse(ClientMessage response) {
        return new MessageReader(response).fixInt(RESPONSE);
    }

    static Data dataResponse(ClientMessage response) {
        return new MessageReader(response).nullableData();
    }

    static List<Data> listResponse(ClientMessage response) {
        return new MessageReader(response).listData();
    }

    static UUID addListenerResponse(ClientMessage response) {
        return new MessageReader(response).fixUuid(RESPONSE);
    }

    static boolean removeListenerResponse(ClientMessage response) {
        return booleanResponse(response);
    }

    static ItemEventData itemEvent(ClientMessage event) {
        return ItemEvents.decode(event);
    }
}
