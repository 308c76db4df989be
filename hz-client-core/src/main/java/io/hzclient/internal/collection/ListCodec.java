package io.hzclient.internal.collection;

import io.hzclient.internal.protocol.Responses;
import io.hzclient.internal.collection.ItemEvents.ItemEventData;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The List service's messages (service id 5), in the spec's order. A list lives on the owner of its partition: every
 * call goes to {@code routingKey}. Reads are retryable, writes are not.
 */
final class ListCodec implements CollectionCodec {
    static final ListCodec INSTANCE = new ListCodec();
    static final int ITEM_EVENT = 0x050B02;

    private ListCodec() {
    }

    static final Operation<Integer> SIZE = Operation.of("List.Size", Responses::intResponse);
    static final Operation<Boolean> CONTAINS = Operation.of("List.Contains", Responses::booleanResponse);
    static final Operation<Boolean> CONTAINS_ALL = Operation.of("List.ContainsAll", Responses::booleanResponse);
    static final Operation<Boolean> ADD = Operation.of("List.Add", Responses::booleanResponse);
    static final Operation<Boolean> REMOVE = Operation.of("List.Remove", Responses::booleanResponse);
    static final Operation<Boolean> ADD_ALL = Operation.of("List.AddAll", Responses::booleanResponse);
    static final Operation<Boolean> COMPARE_AND_REMOVE_ALL = Operation.of("List.CompareAndRemoveAll", Responses::booleanResponse);
    static final Operation<Boolean> COMPARE_AND_RETAIN_ALL = Operation.of("List.CompareAndRetainAll", Responses::booleanResponse);
    static final Operation<Void> CLEAR = Operation.of("List.Clear", Operation::nothing);
    static final Operation<List<Data>> GET_ALL = Operation.of("List.GetAll", Responses::listResponse);
    static final Operation<Boolean> IS_EMPTY = Operation.of("List.IsEmpty", Responses::booleanResponse);

    @Override
    public Call<Integer> size(String name, Data routingKey) {
        return Call.onKey(SIZE, MessageWriter.request(0x050100).retryable().string(name).build(), routingKey);
    }

    @Override
    public Call<Boolean> contains(String name, Data value, Data routingKey) {
        return Call.onKey(CONTAINS, MessageWriter.request(0x050200).retryable().string(name).data(value).build(), routingKey);
    }

    @Override
    public Call<Boolean> containsAll(String name, Collection<Data> values, Data routingKey) {
        return Call.onKey(CONTAINS_ALL, MessageWriter.request(0x050300).retryable().string(name).listData(values).build(), routingKey);
    }

    @Override
    public Call<Boolean> add(String name, Data value, Data routingKey) {
        return Call.onKey(ADD, MessageWriter.request(0x050400).string(name).data(value).build(), routingKey);
    }

    @Override
    public Call<Boolean> remove(String name, Data value, Data routingKey) {
        return Call.onKey(REMOVE, MessageWriter.request(0x050500).string(name).data(value).build(), routingKey);
    }

    @Override
    public Call<Boolean> addAll(String name, Collection<Data> valueList, Data routingKey) {
        return Call.onKey(ADD_ALL, MessageWriter.request(0x050600).string(name).listData(valueList).build(), routingKey);
    }

    @Override
    public Call<Boolean> compareAndRemoveAll(String name, Collection<Data> values, Data routingKey) {
        return Call.onKey(COMPARE_AND_REMOVE_ALL, MessageWriter.request(0x050700).string(name).listData(values).build(), routingKey);
    }

    @Override
    public Call<Boolean> compareAndRetainAll(String name, Collection<Data> values, Data routingKey) {
        return Call.onKey(COMPARE_AND_RETAIN_ALL, MessageWriter.request(0x050800).string(name).listData(values).build(), routingKey);
    }

    @Override
    public Call<Void> clear(String name, Data routingKey) {
        return Call.onKey(CLEAR, MessageWriter.request(0x050900).string(name).build(), routingKey);
    }

    @Override
    public Call<List<Data>> getAll(String name, Data routingKey) {
        return Call.onKey(GET_ALL, MessageWriter.request(0x050A00).retryable().string(name).build(), routingKey);
    }

    @Override
    public ClientMessage addListener(String name, boolean includeValue, boolean localOnly) {
        return MessageWriter.request(0x050B00).fixBoolean(includeValue).fixBoolean(localOnly).string(name)
                .build();
    }

    @Override
    public ClientMessage removeListener(String name, UUID registrationId) {
        return MessageWriter.request(0x050C00).retryable().fixUuid(registrationId).string(name).build();
    }

    @Override
    public Call<Boolean> isEmpty(String name, Data routingKey) {
        return Call.onKey(IS_EMPTY, MessageWriter.request(0x050D00).retryable().string(name).build(), routingKey);
    }
    static final Operation<Boolean> ADD_ALL_WITH_INDEX = Operation.of("List.AddAllWithIndex",
            Responses::booleanResponse);
    static final Operation<Data> GET = Operation.of("List.Get", Responses::dataResponse);
    static final Operation<Data> SET = Operation.of("List.Set", Responses::dataResponse);
    static final Operation<Void> ADD_WITH_INDEX = Operation.of("List.AddWithIndex", Operation::nothing);
    static final Operation<Data> REMOVE_WITH_INDEX = Operation.of("List.RemoveWithIndex",
            Responses::dataResponse);
    static final Operation<Integer> LAST_INDEX_OF = Operation.of("List.LastIndexOf", Responses::intResponse);
    static final Operation<Integer> INDEX_OF = Operation.of("List.IndexOf", Responses::intResponse);
    static final Operation<List<Data>> SUB = Operation.of("List.Sub", Responses::listResponse);
    static final Operation<List<Data>> ITERATOR = Operation.of("List.Iterator", Responses::listResponse);
    static final Operation<List<Data>> LIST_ITERATOR = Operation.of("List.ListIterator",
            Responses::listResponse);

    Call<Boolean> addAllWithIndex(String name, int index, Collection<Data> valueList, Data routingKey) {
        return Call.onKey(ADD_ALL_WITH_INDEX, MessageWriter.request(0x050E00).fixInt(index).string(name)
                .listData(valueList).build(), routingKey);
    }

    Call<Data> get(String name, int index, Data routingKey) {
        return Call.onKey(GET, MessageWriter.request(0x050F00).retryable().fixInt(index).string(name).build(),
                routingKey);
    }

    Call<Data> set(String name, int index, Data value, Data routingKey) {
        return Call.onKey(SET, MessageWriter.request(0x051000).fixInt(index).string(name).data(value).build(),
                routingKey);
    }

    Call<Void> addWithIndex(String name, int index, Data value, Data routingKey) {
        return Call.onKey(ADD_WITH_INDEX, MessageWriter.request(0x051100).fixInt(index).string(name).data(value)
                .build(), routingKey);
    }

    Call<Data> removeWithIndex(String name, int index, Data routingKey) {
        return Call.onKey(REMOVE_WITH_INDEX, MessageWriter.request(0x051200).fixInt(index).string(name).build(),
                routingKey);
    }

    Call<Integer> lastIndexOf(String name, Data value, Data routingKey) {
        return Call.onKey(LAST_INDEX_OF, MessageWriter.request(0x051300).retryable().string(name).data(value).build(),
                routingKey);
    }

    Call<Integer> indexOf(String name, Data value, Data routingKey) {
        return Call.onKey(INDEX_OF, MessageWriter.request(0x051400).retryable().string(name).data(value).build(),
                routingKey);
    }

    Call<List<Data>> sub(String name, int from, int to, Data routingKey) {
        return Call.onKey(SUB, MessageWriter.request(0x051500).retryable().fixInt(from).fixInt(to).string(name)
                .build(), routingKey);
    }

    Call<List<Data>> iterator(String name, Data routingKey) {
        return Call.onKey(ITERATOR, MessageWriter.request(0x051600).retryable().string(name).build(), routingKey);
    }

    Call<List<Data>> listIterator(String name, int index, Data routingKey) {
        return Call.onKey(LIST_ITERATOR, MessageWriter.request(0x051700).retryable().fixInt(index).string(name)
                .build(), routingKey);
    }

    static UUID addListenerResponse(ClientMessage response) {
        return Responses.uuidResponse(response);
    }

    static boolean removeListenerResponse(ClientMessage response) {
        return Responses.booleanResponse(response);
    }

    static ItemEventData itemEvent(ClientMessage event) {
        return ItemEvents.decode(event);
    }
}
