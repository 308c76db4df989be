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
 * The Set service's messages (service id 6), in the spec's order. A set lives on the owner of its partition: every
 * call goes to {@code routingKey}. Only removeListener is retryable.
 */
final class SetCodec implements CollectionCodec {
    static final SetCodec INSTANCE = new SetCodec();
    static final int ITEM_EVENT = 0x060B02;

    private SetCodec() {
    }

    static final Operation<Integer> SIZE = Operation.of("Set.Size", Responses::intResponse);
    static final Operation<Boolean> CONTAINS = Operation.of("Set.Contains", Responses::booleanResponse);
    static final Operation<Boolean> CONTAINS_ALL = Operation.of("Set.ContainsAll", Responses::booleanResponse);
    static final Operation<Boolean> ADD = Operation.of("Set.Add", Responses::booleanResponse);
    static final Operation<Boolean> REMOVE = Operation.of("Set.Remove", Responses::booleanResponse);
    static final Operation<Boolean> ADD_ALL = Operation.of("Set.AddAll", Responses::booleanResponse);
    static final Operation<Boolean> COMPARE_AND_REMOVE_ALL = Operation.of("Set.CompareAndRemoveAll", Responses::booleanResponse);
    static final Operation<Boolean> COMPARE_AND_RETAIN_ALL = Operation.of("Set.CompareAndRetainAll", Responses::booleanResponse);
    static final Operation<Void> CLEAR = Operation.of("Set.Clear", Operation::nothing);
    static final Operation<List<Data>> GET_ALL = Operation.of("Set.GetAll", Responses::listResponse);
    static final Operation<Boolean> IS_EMPTY = Operation.of("Set.IsEmpty", Responses::booleanResponse);

    @Override
    public Call<Integer> size(String name, Data routingKey) {
        return Call.onKey(SIZE, MessageWriter.request(0x060100).string(name).build(), routingKey);
    }

    @Override
    public Call<Boolean> contains(String name, Data value, Data routingKey) {
        return Call.onKey(CONTAINS, MessageWriter.request(0x060200).string(name).data(value).build(), routingKey);
    }

    @Override
    public Call<Boolean> containsAll(String name, Collection<Data> items, Data routingKey) {
        return Call.onKey(CONTAINS_ALL, MessageWriter.request(0x060300).string(name).listData(items).build(), routingKey);
    }

    @Override
    public Call<Boolean> add(String name, Data value, Data routingKey) {
        return Call.onKey(ADD, MessageWriter.request(0x060400).string(name).data(value).build(), routingKey);
    }

    @Override
    public Call<Boolean> remove(String name, Data value, Data routingKey) {
        return Call.onKey(REMOVE, MessageWriter.request(0x060500).string(name).data(value).build(), routingKey);
    }

    @Override
    public Call<Boolean> addAll(String name, Collection<Data> valueList, Data routingKey) {
        return Call.onKey(ADD_ALL, MessageWriter.request(0x060600).string(name).listData(valueList).build(), routingKey);
    }

    @Override
    public Call<Boolean> compareAndRemoveAll(String name, Collection<Data> values, Data routingKey) {
        return Call.onKey(COMPARE_AND_REMOVE_ALL, MessageWriter.request(0x060700).string(name).listData(values).build(), routingKey);
    }

    @Override
    public Call<Boolean> compareAndRetainAll(String name, Collection<Data> values, Data routingKey) {
        return Call.onKey(COMPARE_AND_RETAIN_ALL, MessageWriter.request(0x060800).string(name).listData(values).build(), routingKey);
    }

    @Override
    public Call<Void> clear(String name, Data routingKey) {
        return Call.onKey(CLEAR, MessageWriter.request(0x060900).string(name).build(), routingKey);
    }

    @Override
    public Call<List<Data>> getAll(String name, Data routingKey) {
        return Call.onKey(GET_ALL, MessageWriter.request(0x060A00).string(name).build(), routingKey);
    }

    @Override
    public ClientMessage addListener(String name, boolean includeValue, boolean localOnly) {
        return MessageWriter.request(0x060B00).fixBoolean(includeValue).fixBoolean(localOnly).string(name)
                .build();
    }

    @Override
    public ClientMessage removeListener(String name, UUID registrationId) {
        return MessageWriter.request(0x060C00).retryable().fixUuid(registrationId).string(name).build();
    }

    @Override
    public Call<Boolean> isEmpty(String name, Data routingKey) {
        return Call.onKey(IS_EMPTY, MessageWriter.request(0x060D00).string(name).build(), routingKey);
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
