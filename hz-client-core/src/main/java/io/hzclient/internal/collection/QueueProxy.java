package io.hzclient.internal.collection;

import io.hzclient.Member;
import io.hzclient.collection.ItemListener;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.proxy.ProxyBase;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.Serialized;
import io.hzclient.queue.HzQueue;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The client side of a queue: each method checks its arguments, serializes, builds its call and invokes it, sync or
 * async from the same call. Calls that may wait on the member (a put, a take, an offer or poll with a timeout) have
 * no answer deadline and are waited for interruptibly ({@link Items#await}).
 */
public final class QueueProxy<E> extends ProxyBase implements HzQueue<E> {
    public static final String SERVICE_NAME = "hz:impl:queueService";

    private final Items items;
    /** The answers that are an item, as an item: made once, so that a call makes no operation. */
    private final Operation<E> pollItem;
    private final Operation<E> pollWaitingItem;
    private final Operation<E> takeItem;
    private final Operation<E> peekItem;

    /** {@code members} finds a member of the cluster view by its UUID (null if unknown). */
    public QueueProxy(String name, ClientContext context, Function<UUID, Member> members) {
        super(SERVICE_NAME, name, context);
        this.items = new Items(name, context, members);
        this.pollItem = items.asItem(QueueCodec.POLL);
        this.pollWaitingItem = items.asItem(QueueCodec.POLL_WAITING);
        this.takeItem = items.asItem(QueueCodec.TAKE);
        this.peekItem = items.asItem(QueueCodec.PEEK);
    }

    // ---- adding

    @Override
    public boolean offer(E item) {
        return offerCall(item, 0).sync();
    }

    @Override
    public CompletableFuture<Boolean> offerAsync(E item) {
        return items.async(offerCall(item, 0));
    }

    @Override
    public boolean offer(E item, long timeout, TimeUnit unit) throws InterruptedException {
        long millis = millis(timeout, unit);
        Serialized data = items.toReusedData(item, "item");
        Items.checkNotInterrupted();
        return Items.await(items.invoke(QueueCodec.offer(name, data, millis, items.routingKey)));
    }

    @Override
    public CompletableFuture<Boolean> offerAsync(E item, long timeout, TimeUnit unit) {
        return items.async(offerCall(item, millis(timeout, unit)));
    }

    private Call<Boolean> offerCall(E item, long timeoutMillis) {
        Serialized data = items.toReusedData(item, "item");
        return items.invoke(QueueCodec.offer(name, data, timeoutMillis, items.routingKey));
    }

    @Override
    public boolean add(E item) {
        if (!offer(item)) {
            throw new IllegalStateException("queue " + name + " is full: it has no room for another item");
        }
        return true;
    }

    @Override
    public void put(E item) throws InterruptedException {
        Serialized data = items.toReusedData(item, "item");
        Items.checkNotInterrupted();
        Items.await(items.invoke(QueueCodec.put(name, data, items.routingKey)));
    }

    @Override
    public CompletableFuture<Void> putAsync(E item) {
        Serialized data = items.toReusedData(item, "item");
        return items.async(items.invoke(QueueCodec.put(name, data, items.routingKey)));
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        if (c == this) {
            throw new IllegalArgumentException("a queue cannot add all of its own items to itself");
        }
        List<Data> data = items.toData(c, "items");
        if (data.isEmpty()) {
            return false;
        }
        if (!items.invoke(QueueCodec.addAll(name, data, items.routingKey)).sync()) {
            throw new IllegalStateException("queue " + name + " has no room for " + data.size()
                    + " more items: none was added");
        }
        return true;
    }

    // ---- taking

    @Override
    public E poll() {
        return pollCall(0).sync();
    }

    @Override
    public CompletableFuture<E> pollAsync() {
        return items.async(pollCall(0));
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long millis = millis(timeout, unit);
        Items.checkNotInterrupted();
        return Items.await(pollCall(millis));
    }

    @Override
    public CompletableFuture<E> pollAsync(long timeout, TimeUnit unit) {
        return items.async(pollCall(millis(timeout, unit)));
    }

    private Call<E> pollCall(long timeoutMillis) {
        Call<Data> call = QueueCodec.poll(name, timeoutMillis, items.routingKey);
        return items.invoke(call.as(call.operation().blocking() ? pollWaitingItem : pollItem)); // the codec chose
    }

    @Override
    public E take() throws InterruptedException {
        Items.checkNotInterrupted();
        return Items.await(takeCall());
    }

    @Override
    public CompletableFuture<E> takeAsync() {
        return items.async(takeCall());
    }

    private Call<E> takeCall() {
        return items.invoke(QueueCodec.take(name, items.routingKey).as(takeItem));
    }

    @Override
    public E remove() {
        E head = poll();
        if (head == null) {
            throw new NoSuchElementException("queue " + name + " is empty");
        }
        return head;
    }

    @Override
    public boolean remove(Object item) {
        return removeCall(item).sync();
    }

    @Override
    public CompletableFuture<Boolean> removeAsync(Object item) {
        return items.async(removeCall(item));
    }

    private Call<Boolean> removeCall(Object item) {
        Data data = items.toData(item, "item");
        return items.invoke(QueueCodec.remove(name, data, items.routingKey));
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        checkNotNull(c, "the collection to drain to");
        if (c == this) {
            throw new IllegalArgumentException("a queue cannot be drained into itself");
        }
        if (maxElements <= 0) {
            return 0;
        }
        Call<List<Data>> call = maxElements == Integer.MAX_VALUE ? QueueCodec.drainTo(name, items.routingKey)
                : QueueCodec.drainToMaxSize(name, maxElements, items.routingKey);
        List<E> drained = items.invoke(call).then(items::<E>toObjects).sync();
        c.addAll(drained);
        return drained.size();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return items.invoke(QueueCodec.compareAndRemoveAll(name, items.toData(c, "items"), items.routingKey)).sync();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return items.invoke(QueueCodec.compareAndRetainAll(name, items.toData(c, "items"), items.routingKey)).sync();
    }

    @Override
    public void clear() {
        items.invoke(QueueCodec.clear(name, items.routingKey)).sync();
    }

    // ---- reading

    @Override
    public E peek() {
        return peekCall().sync();
    }

    @Override
    public CompletableFuture<E> peekAsync() {
        return items.async(peekCall());
    }

    private Call<E> peekCall() {
        return items.invoke(QueueCodec.peek(name, items.routingKey).as(peekItem));
    }

    @Override
    public E element() {
        E head = peek();
        if (head == null) {
            throw new NoSuchElementException("queue " + name + " is empty");
        }
        return head;
    }

    @Override
    public int size() {
        return sizeCall().sync();
    }

    @Override
    public CompletableFuture<Integer> sizeAsync() {
        return items.async(sizeCall());
    }

    private Call<Integer> sizeCall() {
        return items.invoke(QueueCodec.size(name, items.routingKey));
    }

    @Override
    public boolean isEmpty() {
        return items.invoke(QueueCodec.isEmpty(name, items.routingKey)).sync();
    }

    @Override
    public int remainingCapacity() {
        return items.invoke(QueueCodec.remainingCapacity(name, items.routingKey)).sync();
    }

    @Override
    public boolean contains(Object item) {
        return containsCall(item).sync();
    }

    @Override
    public CompletableFuture<Boolean> containsAsync(Object item) {
        return items.async(containsCall(item));
    }

    private Call<Boolean> containsCall(Object item) {
        Data data = items.toData(item, "item");
        return items.invoke(QueueCodec.contains(name, data, items.routingKey));
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        return items.invoke(QueueCodec.containsAll(name, items.toData(c, "items"), items.routingKey)).sync();
    }

    /** The items in queue order, copied in one call. */
    private List<E> snapshot() {
        return items.invoke(QueueCodec.iterator(name, items.routingKey)).then(items::<E>toObjects).sync();
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

    // ---- listeners

    @Override
    public UUID addItemListener(ItemListener<E> listener, boolean includeValue) {
        return items.addListener(listener, new Items.ListenerMessages(
                localOnly -> QueueCodec.addListener(name, includeValue, localOnly),
                id -> QueueCodec.removeListener(name, id)), QueueCodec.ITEM_EVENT);
    }

    @Override
    public boolean removeItemListener(UUID registrationId) {
        return items.removeListener(registrationId);
    }

    /** Negative timeouts wait not at all, as java.util.concurrent's do. */
    private static long millis(long timeout, TimeUnit unit) {
        checkNotNull(unit, "unit");
        return Math.max(0, unit.toMillis(timeout));
    }
}
