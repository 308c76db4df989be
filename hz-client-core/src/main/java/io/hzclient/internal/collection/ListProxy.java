package io.hzclient.internal.collection;

import io.hzclient.Member;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.serialization.Data;
import io.hzclient.list.HzList;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The client side of a list: the collection methods of {@link CollectionProxy}, with the List service's messages,
 * and the indexed ones. An index out of range is refused by the member, whose IndexOutOfBoundsException comes back
 * as one; a negative index is refused here.
 */
public final class ListProxy<E> extends CollectionProxy<E> implements HzList<E> {
    public static final String SERVICE_NAME = "hz:impl:listService";
    private static final ListCodec CODEC = ListCodec.INSTANCE;

    /** The answers that are an item, as an item: made once, so that a call makes no operation. */
    private final Operation<E> getItem;
    private final Operation<E> setItem;
    private final Operation<E> removeAtItem;

    /** {@code members} finds a member of the cluster view by its UUID (null if unknown). */
    public ListProxy(String name, ClientContext context, Function<UUID, Member> members) {
        super(SERVICE_NAME, name, context, members, CODEC, ListCodec.ITEM_EVENT);
        this.getItem = items.asItem(ListCodec.GET);
        this.setItem = items.asItem(ListCodec.SET);
        this.removeAtItem = items.asItem(ListCodec.REMOVE_WITH_INDEX);
    }

    @Override
    public void add(int index, E item) {
        addCall(index, item).sync();
    }

    @Override
    public CompletableFuture<Void> addAsync(int index, E item) {
        return items.async(addCall(index, item));
    }

    private Call<Void> addCall(int index, E item) {
        Data data = items.toData(item, "item");
        return items.invoke(CODEC.addWithIndex(name, checkIndex(index), data, items.routingKey));
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        List<Data> data = items.toData(c, "items");
        checkIndex(index);
        return !data.isEmpty() && items.invoke(CODEC.addAllWithIndex(name, index, data, items.routingKey)).sync();
    }

    @Override
    public E get(int index) {
        return getCall(index).sync();
    }

    @Override
    public CompletableFuture<E> getAsync(int index) {
        return items.async(getCall(index));
    }

    private Call<E> getCall(int index) {
        return items.invoke(CODEC.get(name, checkIndex(index), items.routingKey).as(getItem));
    }

    @Override
    public E set(int index, E item) {
        return setCall(index, item).sync();
    }

    @Override
    public CompletableFuture<E> setAsync(int index, E item) {
        return items.async(setCall(index, item));
    }

    private Call<E> setCall(int index, E item) {
        Data data = items.toData(item, "item");
        return items.invoke(CODEC.set(name, checkIndex(index), data, items.routingKey).as(setItem));
    }

    @Override
    public E remove(int index) {
        return removeAtCall(index).sync();
    }

    @Override
    public CompletableFuture<E> removeAtAsync(int index) {
        return items.async(removeAtCall(index));
    }

    private Call<E> removeAtCall(int index) {
        return items.invoke(CODEC.removeWithIndex(name, checkIndex(index), items.routingKey).as(removeAtItem));
    }

    @Override
    public int indexOf(Object item) {
        Data data = items.toData(item, "item");
        return items.invoke(CODEC.indexOf(name, data, items.routingKey)).sync();
    }

    @Override
    public int lastIndexOf(Object item) {
        Data data = items.toData(item, "item");
        return items.invoke(CODEC.lastIndexOf(name, data, items.routingKey)).sync();
    }

    /** A copy of the items from {@code fromIndex} (inclusive) to {@code toIndex} (exclusive), not a view. */
    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        checkIndex(fromIndex);
        if (toIndex < fromIndex) {
            throw new IllegalArgumentException("fromIndex (" + fromIndex + ") must not be above toIndex (" + toIndex
                    + ")");
        }
        try {
            return Collections.unmodifiableList(items.invoke(CODEC.sub(name, fromIndex, toIndex, items.routingKey))
                    .then(items::<E>toObjects).sync());
        } catch (IllegalArgumentException e) {
            // the range is in order (checked above): the member refuses it for being past the end
            throw new IndexOutOfBoundsException("subList(" + fromIndex + ", " + toIndex + ") is out of range of list "
                    + name + ": " + e.getMessage());
        }
    }

    @Override
    public ListIterator<E> listIterator() {
        return listIterator(0);
    }

    /** Over a copy of the items from {@code index} on: its positions count from {@code index}. */
    @Override
    public ListIterator<E> listIterator(int index) {
        checkIndex(index);
        List<E> tail;
        try {
            tail = items.invoke(CODEC.listIterator(name, index, items.routingKey)).then(items::<E>toObjects).sync();
        } catch (IllegalArgumentException e) {
            // the member refuses an index past the end this way
            throw new IndexOutOfBoundsException("listIterator(" + index + ") is out of range of list " + name + ": "
                    + e.getMessage());
        }
        return new OffsetListIterator<>(Collections.unmodifiableList(tail).listIterator(), index);
    }

    @Override
    List<E> snapshot() {
        return items.invoke(CODEC.iterator(name, items.routingKey)).then(items::<E>toObjects).sync();
    }

    private static int checkIndex(int index) {
        if (index < 0) {
            throw new IndexOutOfBoundsException("a list index must not be negative, got " + index);
        }
        return index;
    }

    /** A list iterator over the items from {@code offset} on whose indexes are the list's. */
    private record OffsetListIterator<E>(ListIterator<E> tail, int offset) implements ListIterator<E> {
        @Override
        public boolean hasNext() {
            return tail.hasNext();
        }

        @Override
        public E next() {
            return tail.next();
        }

        @Override
        public boolean hasPrevious() {
            return tail.hasPrevious();
        }

        @Override
        public E previous() {
            return tail.previous();
        }

        @Override
        public int nextIndex() {
            return offset + tail.nextIndex();
        }

        @Override
        public int previousIndex() {
            return offset + tail.previousIndex();
        }

        @Override
        public void remove() {
            tail.remove();
        }

        @Override
        public void set(E e) {
            tail.set(e);
        }

        @Override
        public void add(E e) {
            tail.add(e);
        }
    }
}
