package io.hzclient.spring.transaction;

import io.hzclient.HzClient;
import io.hzclient.transaction.TransactionalQueue;

import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A queue that each call takes from the Hazelcast transaction the calling thread runs ({@link HzTransactions}), so
 * that one bean serves every {@code @Transactional} method. Each method throws {@link IllegalStateException} when the
 * thread runs no Hazelcast transaction of the client, and otherwise what {@link TransactionalQueue}'s does.
 *
 * @param <E> the type of the items
 */
public final class TransactionAwareQueue<E> implements TransactionalQueue<E> {
    private final HzClient client;
    private final String name;

    /**
     * The queue of that name, in whichever transaction of the client the calling thread runs.
     *
     * @param client the client
     * @param name   the queue's name
     */
    public TransactionAwareQueue(HzClient client, String name) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.name = Objects.requireNonNull(name, "name must not be null");
    }

    private TransactionalQueue<E> queue() {
        return HzTransactions.queue(client, name);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean offer(E item) {
        return queue().offer(item);
    }

    @Override
    public boolean offer(E item, long timeout, TimeUnit unit) throws InterruptedException {
        return queue().offer(item, timeout, unit);
    }

    @Override
    public E poll() {
        return queue().poll();
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return queue().poll(timeout, unit);
    }

    @Override
    public E take() throws InterruptedException {
        return queue().take();
    }

    @Override
    public E peek() {
        return queue().peek();
    }

    @Override
    public E peek(long timeout, TimeUnit unit) throws InterruptedException {
        return queue().peek(timeout, unit);
    }

    @Override
    public int size() {
        return queue().size();
    }

    @Override
    public String toString() {
        return "TransactionAwareQueue{name=" + name + '}';
    }
}
