package io.hzclient.internal.transaction;

import io.hzclient.internal.serialization.Data;
import io.hzclient.transaction.TransactionalQueue;

import java.util.concurrent.TimeUnit;

/** A queue in a transaction; the calls that wait do so interruptibly ({@link ClientTransactionContext#callWaiting}). */
final class TransactionalQueueProxy<E> extends TxnProxy implements TransactionalQueue<E> {

    TransactionalQueueProxy(String name, ClientTransactionContext tx) {
        super(name, tx);
    }

    @Override
    public boolean offer(E item) {
        Data d = toData(item, "item");
        return tx.call(TransactionalQueueCodec.offer(name, tx.txnId(), tx.threadId(), d, 0));
    }

    @Override
    public boolean offer(E item, long timeout, TimeUnit unit) throws InterruptedException {
        long millis = millis(timeout, unit);
        Data d = toData(item, "item");
        return tx.callWaiting(TransactionalQueueCodec.offer(name, tx.txnId(), tx.threadId(), d, millis));
    }

    @Override
    public E poll() {
        return toObject(tx.call(TransactionalQueueCodec.poll(name, tx.txnId(), tx.threadId(), 0)));
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long millis = millis(timeout, unit);
        return toObject(tx.callWaiting(TransactionalQueueCodec.poll(name, tx.txnId(), tx.threadId(), millis)));
    }

    @Override
    public E take() throws InterruptedException {
        return toObject(tx.callWaiting(TransactionalQueueCodec.take(name, tx.txnId(), tx.threadId())));
    }

    @Override
    public E peek() {
        return toObject(tx.call(TransactionalQueueCodec.peek(name, tx.txnId(), tx.threadId(), 0)));
    }

    @Override
    public E peek(long timeout, TimeUnit unit) throws InterruptedException {
        long millis = millis(timeout, unit);
        return toObject(tx.callWaiting(TransactionalQueueCodec.peek(name, tx.txnId(), tx.threadId(), millis)));
    }

    @Override
    public int size() {
        return tx.call(TransactionalQueueCodec.size(name, tx.txnId(), tx.threadId()));
    }
}
