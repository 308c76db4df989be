package io.hzclient.internal.transaction;

import io.hzclient.ClientNotActiveException;
import io.hzclient.ClientOfflineException;
import io.hzclient.HzClientException;
import io.hzclient.RemoteException;
import io.hzclient.TargetDisconnectedException;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.serialization.SerializationService;
import io.hzclient.transaction.TransactionContext;
import io.hzclient.transaction.TransactionException;
import io.hzclient.transaction.TransactionOptions;
import io.hzclient.transaction.TransactionalList;
import io.hzclient.transaction.TransactionalMap;
import io.hzclient.transaction.TransactionalMultiMap;
import io.hzclient.transaction.TransactionalQueue;
import io.hzclient.transaction.TransactionalSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One transaction: its state, the thread that began it and the connection it runs on. Every call of the transaction
 * and of its structures goes through {@link #call} (or {@link #callWaiting}), which checks the thread, the state, the
 * timeout and the connection, then sends the call on that connection only: a transaction lives on its member and dies
 * with the client's connection to it (the member rolls it back), so no call may go elsewhere or be sent again.
 *
 * <p>States: not begun, active, then committed or rolled back; or failed, once the connection was lost (the member
 * rolled the transaction back, or during a commit, its outcome is unknown), until a rollback or close ends it.
 */
public final class ClientTransactionContext implements TransactionContext {
    private static final Logger LOG = LoggerFactory.getLogger(ClientTransactionContext.class);

    /** The protocol's error codes of a member that is going away. */
    private static final int HAZELCAST_INSTANCE_NOT_ACTIVE = 19;
    private static final int TARGET_NOT_MEMBER = 53;

    private enum State { NOT_BEGUN, ACTIVE, COMMITTED, ROLLED_BACK, FAILED }

    private final TransactionOptions options;
    private final InvocationService invocations;
    private final SerializationService serialization;
    private final Supplier<Connection> connections;
    private final Map<String, Object> objects = new HashMap<>();

    private volatile State state = State.NOT_BEGUN;
    private volatile Thread owner;
    private long threadId;
    private Connection connection;
    private UUID txnId;
    private long beganNanos;
    /** Why the transaction failed (state FAILED): said again by each later call. */
    private String failure;

    /** {@code connections} gives the live connection a new transaction runs on, or null when there is none. */
    public ClientTransactionContext(TransactionOptions options, InvocationService invocations,
                                    SerializationService serialization, Supplier<Connection> connections) {
        this.options = Objects.requireNonNull(options, "options must not be null");
        this.invocations = invocations;
        this.serialization = serialization;
        this.connections = connections;
    }

    @Override
    public void beginTransaction() {
        if (state != State.NOT_BEGUN) {
            throw new IllegalStateException("this transaction was begun already (" + state.name().toLowerCase()
                    + "): a transaction context runs one transaction, make a new one for the next");
        }
        Connection c = connections.get();
        if (c == null) {
            throw new ClientOfflineException("the client has no connection to the cluster: the transaction cannot "
                    + "begin");
        }
        Thread thread = Thread.currentThread();
        long tid = thread.getId();
        UUID id;
        try {
            id = invocations.invoke(TransactionCodec.create(options.timeout().toMillis(), options.durability(),
                    options.type().id(), tid).boundTo(c)).sync();
        } catch (HzClientException e) {
            if (!c.isAlive()) {
                throw new TransactionException("the connection to member " + member(c) + " was lost as the "
                        + "transaction began: no transaction was begun", e);
            }
            if (e instanceof RemoteException) {
                throw new TransactionException("the member " + member(c) + " refused to begin a transaction: "
                        + e.getMessage(), e);
            }
            throw e;
        }
        connection = c;
        owner = thread;
        threadId = tid;
        txnId = id;
        beganNanos = System.nanoTime();
        state = State.ACTIVE;
    }

    @Override
    public void commitTransaction() {
        checkOwner();
        checkActive();
        if (timedOut()) {
            rollbackOnMember();
            state = State.ROLLED_BACK;
            throw new TransactionException(describe() + " timed out: it lasted longer than its timeout of "
                    + options.timeout() + " before the commit; it was rolled back, nothing of it was committed");
        }
        checkConnection();
        try {
            invocations.invoke(TransactionCodec.commit(txnId, threadId).boundTo(connection)).sync();
        } catch (HzClientException e) {
            if (!connection.isAlive()) {
                fail("the connection to member " + member(connection) + " was lost during the commit: the outcome of "
                        + describe() + " is unknown (all, none or part of it may be committed: check before doing "
                        + "it again)");
                throw new TransactionException(failure, e);
            }
            throw commitRefused(e);
        }
        state = State.COMMITTED;
    }

    /** The member refused the commit (e.g. it timed out there): roll it back, and say what became of it. */
    private TransactionException commitRefused(HzClientException e) {
        try {
            invocations.invoke(TransactionCodec.rollback(txnId, threadId).boundTo(connection)).sync();
        } catch (HzClientException rollbackFailure) {
            fail("the member " + member(connection) + " could not commit " + describe() + " (" + e.getMessage()
                    + ") nor then roll it back (" + rollbackFailure.getMessage() + "): its outcome is unknown");
            TransactionException unknown = new TransactionException(failure, e);
            unknown.addSuppressed(rollbackFailure);
            return unknown;
        }
        state = State.ROLLED_BACK;
        return new TransactionException("the member " + member(connection) + " could not commit " + describe()
                + " (" + e.getMessage() + "): it was rolled back, nothing of it was committed", e);
    }

    @Override
    public void rollbackTransaction() {
        switch (state) {
            case NOT_BEGUN -> throw new IllegalStateException("this transaction was not begun: nothing to roll back");
            case COMMITTED -> throw new IllegalStateException(describe() + " was committed: it cannot be rolled back");
            case ROLLED_BACK -> throw new IllegalStateException(describe() + " was rolled back already");
            default -> {
            }
        }
        checkOwner();
        if (state == State.ACTIVE) {
            rollbackOnMember();
        } // failed: the connection is gone, and with it the transaction on the member
        state = State.ROLLED_BACK;
    }

    /** Rolls the transaction back on its member; if the connection is gone, so is the transaction there. */
    private void rollbackOnMember() {
        if (!connection.isAlive()) {
            return;
        }
        try {
            invocations.invoke(TransactionCodec.rollback(txnId, threadId).boundTo(connection)).sync();
        } catch (HzClientException e) {
            if (connection.isAlive()) {
                LOG.warn("Member {} refused to roll back {}: {}", member(connection), describe(), e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        if (state == State.ACTIVE || state == State.FAILED) {
            rollbackTransaction();
        }
    }

    @Override
    public UUID getTxnId() {
        return txnId;
    }

    @Override
    public TransactionOptions getOptions() {
        return options;
    }

    @Override
    public <K, V> TransactionalMap<K, V> getMap(String name) {
        return object("map", name, n -> new TransactionalMapProxy<>(n, this));
    }

    @Override
    public <E> TransactionalQueue<E> getQueue(String name) {
        return object("queue", name, n -> new TransactionalQueueProxy<>(n, this));
    }

    @Override
    public <E> TransactionalSet<E> getSet(String name) {
        return object("set", name, n -> new TransactionalSetProxy<>(n, this));
    }

    @Override
    public <E> TransactionalList<E> getList(String name) {
        return object("list", name, n -> new TransactionalListProxy<>(n, this));
    }

    @Override
    public <K, V> TransactionalMultiMap<K, V> getMultiMap(String name) {
        return object("multimap", name, n -> new TransactionalMultiMapProxy<>(n, this));
    }

    @SuppressWarnings("unchecked")
    private <T> T object(String kind, String name, Function<String, T> make) {
        Objects.requireNonNull(name, "name must not be null");
        checkUsable();
        return (T) objects.computeIfAbsent(kind + ':' + name, k -> make.apply(name));
    }

    // ---- what the proxies use

    SerializationService serialization() {
        return serialization;
    }

    UUID txnId() {
        return txnId;
    }

    long threadId() {
        return threadId;
    }

    /** Checks that the transaction may go on, then sends the call on its connection and waits for the answer. */
    <R> R call(Call<R> call) {
        checkUsable();
        try {
            return invocations.invoke(call.boundTo(connection)).sync();
        } catch (HzClientException e) {
            throw failed(e);
        }
    }

    /**
     * As {@link #call}, for a call that may wait on the member as long as the user asked: an interrupt ends the wait
     * with {@link InterruptedException} and cancels the call (its answer is dropped; what it took stays in the
     * transaction, and goes back at the rollback).
     */
    <R> R callWaiting(Call<R> call) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        checkUsable();
        invocations.invoke(call.boundTo(connection));
        try {
            call.await();
        } catch (InterruptedException e) {
            call.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            // thrown below, unwrapped, as every failed sync call
        }
        try {
            return call.sync();
        } catch (HzClientException e) {
            throw failed(e);
        }
    }

    /** What a failed call means for the transaction: the connection's loss ends it. */
    private RuntimeException failed(HzClientException e) {
        if (e instanceof ClientNotActiveException) {
            fail("the client was shut down: the member rolls back " + describe());
            return e;
        }
        if (!connection.isAlive()) {
            fail(lostConnection());
            return new TransactionException(failure, e);
        }
        if (memberGoingAway(e)) {
            fail("the member " + member(connection) + " is shutting down or leaving the cluster (" + e.getMessage()
                    + "): " + describe() + " is rolled back with it, nothing of it was committed");
            return new TransactionException(failure, e);
        }
        if (e instanceof RemoteException r && r.getServerClassName() != null
                && r.getServerClassName().startsWith("com.hazelcast.transaction.")) {
            return new TransactionException("the member " + member(connection) + " refused a call of "
                    + describe() + ": " + e.getMessage() + "; roll the transaction back", e);
        }
        return e;
    }

    /**
     * The member answered that it is no longer active or no longer a member: the transaction, which lives there, is
     * over (another member cannot take the call, so it is not sent again).
     */
    private static boolean memberGoingAway(HzClientException e) {
        if (e instanceof RemoteException r) {
            int code = r.getErrorCode();
            return code == HAZELCAST_INSTANCE_NOT_ACTIVE || code == TARGET_NOT_MEMBER;
        }
        return e instanceof TargetDisconnectedException; // the member's MEMBER_LEFT or TARGET_DISCONNECTED
    }

    private void checkUsable() {
        checkOwner();
        checkActive();
        if (timedOut()) {
            throw new TransactionException(describe() + " timed out: it lasted longer than its timeout of "
                    + options.timeout() + "; roll it back (nothing of it will be committed)");
        }
        checkConnection();
    }

    private void checkOwner() {
        Thread thread = owner;
        if (thread != null && thread != Thread.currentThread()) {
            throw new IllegalStateException(describe() + " belongs to the thread that began it, '" + thread.getName()
                    + "': it cannot be used from thread '" + Thread.currentThread().getName() + "'");
        }
    }

    private void checkActive() {
        switch (state) {
            case NOT_BEGUN -> throw new IllegalStateException("this transaction was not begun: call "
                    + "beginTransaction() first");
            case COMMITTED -> throw new IllegalStateException(describe() + " was committed: it is over, begin "
                    + "another one in a new transaction context");
            case ROLLED_BACK -> throw new IllegalStateException(describe() + " was rolled back: it is over, begin "
                    + "another one in a new transaction context");
            case FAILED -> throw new TransactionException(failure);
            default -> {
            }
        }
    }

    private void checkConnection() {
        if (!connection.isAlive()) {
            fail(lostConnection());
            throw new TransactionException(failure);
        }
    }

    private String lostConnection() {
        return "the connection to member " + member(connection) + " was lost: the member rolled back " + describe()
                + " (or, had the member left, its backups did): nothing of it was committed";
    }

    private void fail(String why) {
        failure = why;
        state = State.FAILED;
    }

    private boolean timedOut() {
        return System.nanoTime() - beganNanos > options.timeout().toNanos();
    }

    private String describe() {
        return txnId == null ? "the transaction" : "transaction " + txnId;
    }

    private static String member(Connection c) {
        return c.address() + (c.memberUuid() == null ? "" : " (" + c.memberUuid() + ")");
    }

    @Override
    public String toString() {
        return "TransactionContext{" + describe() + ", state=" + state + ", " + options + '}';
    }
}
