package io.hzclient.internal.collection;

import io.hzclient.Member;
import io.hzclient.collection.ItemCollection;
import io.hzclient.collection.ItemListener;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.proxy.ProxyBase;
import io.hzclient.internal.serialization.Data;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What a set and a list proxy share: the {@link Collection} methods, whose messages differ only in their service
 * ({@link CollectionCodec}). Each method checks its arguments, serializes, builds its call and invokes it.
 */
abstract class CollectionProxy<E> extends ProxyBase implements Collection<E>, ItemCollection<E> {
    private final CollectionCodec codec;
    private final int itemEventType;
    final Items items;

    CollectionProxy(String serviceName, String name, ClientContext context, Function<UUID, Member> members,
                    CollectionCodec codec, int itemEventType) {
        super(serviceName, name, context);
        this.items = new Items(name, context, members);
        this.codec = codec;
        this.itemEventType = itemEventType;
    }

    @Override
    public int size() {
        return sizeCall().sync();
    }

    public CompletableFuture<Integer> sizeAsync() {
        return items.async(sizeCall());
    }

    private Call<Integer> sizeCall() {
        return items.invoke(codec.size(name, items.routingKey));
    }

    @Override
    public boolean isEmpty() {
        return items.invoke(codec.isEmpty(name, items.routingKey)).sync();
    }

    @Override
    public boolean contains(Object item) {
        return containsCall(item).sync();
    }

    public CompletableFuture<Boolean> containsAsync(Object item) {
        return items.async(containsCall(item));
    }

    private Call<Boolean> containsCall(Object item) {
        Data data = items.toData(item, "item");
        return items.invoke(codec.contains(name, data, items.routingKey));
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        return items.invoke(codec.containsAll(name, items.toData(c, "items"), items.routingKey)).sync();
    }

    @Override
    public boolean add(E item) {
        return addCall(item).sync();
    }

    public CompletableFuture<Boolean> addAsync(E item) {
        return items.async(addCall(item));
    }

    private Call<Boolean> addCall(E item) {
        Data data = items.toData(item, "item");
        return items.invoke(codec.add(name, data, items.routingKey));
    }

    @Override
    public boolean remove(Object item) {
        return removeCall(item).sync();
    }

    public CompletableFuture<Boolean> removeAsync(Object item) {
        return items.async(removeCall(item));
    }

    private Call<Boolean> removeCall(Object item) {
        Data data = items.toData(item, "item");
        return items.invoke(codec.remove(name, data, items.routingKey));
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        List<Data> data = items.toData(c, "items");
        return !data.isEmpty() && items.invoke(codec.addAll(name, data, items.routingKey)).sync();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return items.invoke(codec.compareAndRemoveAll(name, items.toData(c, "items"), items.routingKey)).sync();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return items.invoke(codec.compareAndRetainAll(name, items.toData(c, "items"), items.routingKey)).sync();
    }

    @Override
    public void clear() {
        items.invoke(codec.clear(name, items.routingKey)).sync();
    }

    /** The items, copied in one call. */
    List<E> snapshot() {
        return items.invoke(codec.getAll(name, items.routingKey)).then(items::<E>toObjects).sync();
    }

    @Override
    public Iterator<E> iterator() {
        return Collections.unmodifiableList(snapshot()).iterator();
    }

    @Override
    public Object[] toArray() {
        return snapshot().toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        checkNotNull(a, "the array");
        return snapshot().toArray(a);
    }

    @Override
    public UUID addItemListener(ItemListener<E> listener, boolean includeValue) {
        return items.addListener(listener, new Items.ListenerMessages(
                localOnly -> codec.addListener(name, includeValue, localOnly),
                id -> codec.removeListener(name, id)), itemEventType);
    }

    @Override
    public boolean removeItemListener(UUID registrationId) {
        return items.removeListener(registrationId);
    }
}
