package io.hzclient.internal.transaction;

import io.hzclient.internal.serialization.Data;
import io.hzclient.transaction.TransactionalObject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the transactional proxies share: their name, their transaction, and arguments to and from Data. */
abstract class TxnProxy implements TransactionalObject {
    final String name;
    final ClientTransactionContext tx;

    TxnProxy(String name, ClientTransactionContext tx) {
        this.name = name;
        this.tx = tx;
    }

    @Override
    public String getName() {
        return name;
    }

    /** The argument serialized, refused with a message naming it when it is null. */
    Data toData(Object value, String what) {
        if (value == null) {
            throw new NullPointerException(what + " must not be null");
        }
        return tx.serialization().toData(value);
    }

    <T> T toObject(Data data) {
        return data == null ? null : tx.serialization().toObject(data);
    }

    <T> List<T> toObjects(List<Data> data) {
        List<T> objects = new ArrayList<>(data.size());
        for (Data d : data) {
            objects.add(tx.serialization().toObject(d));
        }
        return Collections.unmodifiableList(objects);
    }

    /** A wait as the protocol's milliseconds; negative refused, any positive wait at least 1 ms. */
    static long millis(long timeout, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException("unit must not be null");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout must not be negative, got " + timeout + " " + unit);
        }
        return timeout == 0 ? 0 : Math.max(1, unit.toMillis(timeout));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{name=" + name + ", txnId=" + tx.txnId() + '}';
    }
}
