package io.hzclient.internal.collection;

import io.hzclient.internal.protocol.Responses;
import io.hzclient.Member;
import io.hzclient.collection.ItemEvent;
import io.hzclient.collection.ItemEventType;
import io.hzclient.collection.ItemListener;
import io.hzclient.internal.collection.ItemEvents.ItemEventData;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.invocation.Futures;
import io.hzclient.internal.invocation.SchemaFetchingDecoder;
import io.hzclient.internal.listener.ListenerCodec;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.SerializationService;
import io.hzclient.internal.serialization.Serialized;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * What the queue, set and list proxies share, by composition: the routing key, items to and from Data (nulls
 * refused), calls that wait as long as the user asked, and item listeners.
 */
final class Items {
    private final String name;
    private final ClientContext context;
    private final Function<UUID, Member> members;
    /** The partition key of the name as Data: the owner of its partition holds the structure. */
    final Data routingKey;

    Items(String name, ClientContext context, Function<UUID, Member> members) {
        this.name = name;
        this.context = context;
        this.members = members;
        this.routingKey = context.serialization().toData(partitionKey(name));
    }

    /**
     * A name {@code "jobs@tenant"} lives in the partition of {@code "tenant"}, as the members and the official
     * clients place it (so several structures can share a partition).
     */
    static String partitionKey(String name) {
        int at = name.indexOf('@');
        return at < 0 ? name : name.substring(at + 1);
    }

    <R> Call<R> invoke(Call<R> call) {
        return context.invocations().invoke(call);
    }

    /**
     * As {@link #toData}, into a buffer this thread uses again ({@link SerializationService#toReusedValue}): for a
     * request that copies it at once.
     */
    Serialized toReusedData(Object item, String what) {
        return context.serialization().toReusedValue(checkItem(item, what));
    }

    Data toData(Object item, String what) {
        return context.serialization().toData(checkItem(item, what));
    }

    private static Object checkItem(Object item, String what) {
        if (item == null) {
            throw new NullPointerException(what + " must not be null: queues, sets and lists hold no null items");
        }
        return item;
    }

    List<Data> toData(Collection<?> items, String what) {
        if (items == null) {
            throw new NullPointerException(what + " must not be null");
        }
        List<Data> data = new ArrayList<>(items.size());
        for (Object item : items) {
            data.add(toData(item, "an item in " + what));
        }
        return data;
    }

    /** {@code op}, its answer then turned into an item: for a proxy to make once per operation. */
    <E> Operation<E> asItem(Operation<Data> op) {
        return op.then(this::<E>toObject);
    }

    <E> E toObject(Data data) {
        return data == null ? null : context.serialization().toObject(data);
    }

    <E> List<E> toObjects(List<Data> data) {
        List<E> items = new ArrayList<>(data.size());
        for (Data d : data) {
            items.add(context.serialization().toObject(d));
        }
        return items;
    }

    /** The call's future on the user executor; cancelling it cancels the call (a waiting take stops waiting). */
    <R> CompletableFuture<R> async(Call<R> call) {
        CompletableFuture<R> result = call.async(context.userExecutor());
        result.whenComplete((ignored, failure) -> {
            if (result.isCancelled()) {
                call.cancel(true);
            }
        });
        return result;
    }

    /**
     * Waits for a call that may wait on the member as long as the user asked: an interrupt ends the wait with
     * {@link InterruptedException} and cancels the call (it is not sent again, and its answer is dropped).
     */
    static <R> R await(Call<R> call) throws InterruptedException {
        try {
            call.await();
        } catch (InterruptedException e) {
            call.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            // thrown below, unwrapped, as every failed sync call
        }
        return call.sync();
    }

    /** Throws at once when the caller is interrupted already, as java.util.concurrent's blocking calls do. */
    static void checkNotInterrupted() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    <E> UUID addListener(ItemListener<E> listener, ListenerCodec messages, int eventType) {
        if (listener == null) {
            throw new NullPointerException("listener must not be null");
        }
        return Futures.join(context.listeners().register(messages, event -> onEvent(event, eventType, listener)));
    }

    boolean removeListener(UUID registrationId) {
        if (registrationId == null) {
            throw new NullPointerException("registrationId must not be null");
        }
        return Futures.join(context.listeners().deregister(registrationId));
    }

    private <E> void onEvent(ClientMessage event, int eventType, ItemListener<E> listener) {
        if (event.messageType() != eventType) {
            return; // an event type newer than this client
        }
        ItemEventData e = ItemEvents.decode(event);
        // on this listener's own lane, which may wait for a Compact schema to be fetched: its order holds
        E item = e.item() == null ? null : SchemaFetchingDecoder.decodeWaiting(context.serialization()::toObject,
                e.item());
        ItemEvent<E> itemEvent = new ItemEvent<>(name, ItemEventType.ofId(e.eventType()), item,
                members.apply(e.uuid()));
        if (itemEvent.eventType() == ItemEventType.ADDED) {
            listener.itemAdded(itemEvent);
        } else {
            listener.itemRemoved(itemEvent);
        }
    }

    /** The add and remove messages of one structure's item listener, for the listener service. */
    record ListenerMessages(Function<Boolean, ClientMessage> add, Function<UUID, ClientMessage> remove)
            implements ListenerCodec {
        @Override
        public ClientMessage encodeAdd(boolean localOnly) {
            return add.apply(localOnly);
        }

        @Override
        public UUID decodeAddResponse(ClientMessage response) {
            return Responses.uuidResponse(response);
        }

        @Override
        public ClientMessage encodeRemove(UUID serverRegistrationId) {
            return remove.apply(serverRegistrationId);
        }
    }
}
