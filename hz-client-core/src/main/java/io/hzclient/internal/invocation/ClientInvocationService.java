package io.hzclient.internal.invocation;

import io.hzclient.CallObserver;
import io.hzclient.ClientNotActiveException;
import io.hzclient.ClientOfflineException;
import io.hzclient.HzClientException;
import io.hzclient.IndeterminateOperationStateException;
import io.hzclient.MessageTooLargeException;
import io.hzclient.OperationTimeoutException;
import io.hzclient.TargetDisconnectedException;
import io.hzclient.config.ClientConfig;
import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.connection.InboundMessages;
import io.hzclient.internal.metrics.CallsInFlight;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.protocol.BeforeSend;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Sends calls and matches answers to them by correlation id. Picks the connection (partition owner when routing is
 * smart, the load balancer's member otherwise), retries per {@link RetryPolicy} within the invocation timeout,
 * waits for backup acks, and fails calls that outlive their deadline.
 */
public final class ClientInvocationService implements InvocationService, InboundMessages {
    private static final Logger LOG = LoggerFactory.getLogger(ClientInvocationService.class);
    /** Retries sooner than the configured pause for the first few attempts: migrations usually end quickly. */
    private static final int FAST_RETRIES = 5;
    private static final long NO_DEADLINE = Long.MAX_VALUE / 2;
    /** Connection-bound calls (authentication, pings, registrations) hand their answer over undecoded. */
    private static final Operation<ClientMessage> BOUND = Operation.of("Client.Bound", response -> response);

    private final InFlightCalls inFlight = new InFlightCalls();
    private final Map<Long, Consumer<ClientMessage>> eventHandlers = new ConcurrentHashMap<>();
    /** Calls between two tries, held only by a scheduler task: shutdown must fail them, that task will never run. */
    private final Set<Call<?>> waitingToRetry = ConcurrentHashMap.newKeySet();
    private final AtomicLong correlationIds = new AtomicLong();
    private final ConnectionLookup connections;
    private final PartitionService partitions;
    private final ScheduledExecutorService scheduler;
    private final RetryPolicy retryPolicy;
    private final long timeoutNanos;
    private final long retryPauseNanos;
    private final long backupTimeoutNanos;
    private final boolean backupAware;
    private final boolean failOnIndeterminateState;
    private final boolean smartRouting;
    private final int maxMessageSize;
    private final ClientCounters counters;
    private final BeforeSend beforeSend;
    /** Null when calls are not observed ({@link CallObserver#NONE}): then nothing is asked, nothing made. */
    private final CallObserver observer;

    public ClientInvocationService(ClientConfig config, ConnectionLookup connections, PartitionService partitions,
                                   ScheduledExecutorService scheduler, ClientCounters counters) {
        this(config, connections, partitions, scheduler, counters, BeforeSend.NOTHING);
    }

    /** With {@code beforeSend} asked before each call goes, in the invoking thread (see {@link BeforeSend}). */
    public ClientInvocationService(ClientConfig config, ConnectionLookup connections, PartitionService partitions,
                                   ScheduledExecutorService scheduler, ClientCounters counters, BeforeSend beforeSend) {
        this.counters = counters;
        this.beforeSend = beforeSend;
        this.observer = config.callObserver() == CallObserver.NONE ? null : config.callObserver();
        this.connections = connections;
        this.partitions = partitions;
        this.scheduler = scheduler;
        this.retryPolicy = new RetryPolicy(config.redoOperation());
        this.timeoutNanos = config.invocationTimeout().toNanos();
        this.retryPauseNanos = config.invocationRetryPause().toNanos();
        this.backupTimeoutNanos = config.operationBackupTimeout().toNanos();
        this.smartRouting = config.smartRouting();
        this.maxMessageSize = config.maxMessageSize();
        this.backupAware = config.backupAckToClient() && config.smartRouting();
        this.failOnIndeterminateState = config.failOnIndeterminateOperationState();
        long scan = Math.max(10, Math.min(250, config.invocationTimeout().toMillis() / 10));
        scheduler.scheduleWithFixedDelay(this::checkDeadlines, scan, scan, TimeUnit.MILLISECONDS);
    }

    @Override
    public <R> Call<R> invoke(Call<R> call) {
        return invoke(call, false, null);
    }

    @Override
    public <R> Call<R> invokeInternal(Call<R> call) {
        return invoke(call, true, null);
    }

    /**
     * Starts every call; each connection's share of them leaves with one flush, after the last is queued. The event
     * loop is woken once per connection, not as each call is queued (which would make it write the calls a few at a
     * time as they come, each few with a syscall of its own, and the member read them the same way).
     */
    @Override
    public CompletableFuture<Void> invokeAll(List<? extends Call<?>> calls) {
        List<Connection> queuedOn = new ArrayList<>(4);
        try {
            calls.forEach(call -> invoke(call, false, queuedOn));
        } finally {
            queuedOn.forEach(Connection::flushQueued);
        }
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
    }

    /**
     * Every call but a connection-bound one is counted in flight until it ends ({@link CallsInFlight}); one of the
     * user's is refused once a shutdown has begun. Within {@link #invokeAll}, {@code batch} collects the connections
     * it queued on without a flush; null otherwise.
     */
    private <R> Call<R> invoke(Call<R> call, boolean internal, List<Connection> batch) {
        call.started(counters,
                call.route().kind() == Call.Route.Kind.KEY ? partitions.partitionIdForHash(call.keyHash()) : -1);
        counters.started.increment();
        if (call.route().kind() != Call.Route.Kind.CONNECTION && !counters.inFlight.enter() && !internal) {
            call.completeExceptionally(new ClientNotActiveException("the client is shutting down: it takes no new "
                    + "calls (the calls already in flight may finish within the shutdown's grace period)"));
            return call;
        }
        if (observer != null && call.operation() != BOUND) {
            call.observedBy(observer);
        }
        return start(call, batch);
    }

    /**
     * On one connection only, never elsewhere: authentication, pings, and listener registrations, whose later
     * events (same correlation id) go to {@code eventHandler} when it is not null.
     */
    public CompletableFuture<ClientMessage> invokeOnConnection(ClientMessage request, Connection connection,
                                                               Consumer<ClientMessage> eventHandler) {
        return invoke(Call.onConnection(BOUND, request, connection, eventHandler));
    }

    /** Stops routing events of a registration that was made with {@link #invokeOnConnection}. */
    public void removeEventHandler(long correlationId) {
        eventHandlers.remove(correlationId);
    }

    /** Fails the call waiting for this correlation id, if any, with {@code failure}: never retried. */
    public void failCall(long correlationId, HzClientException failure) {
        Call<?> inv = inFlight.remove(correlationId);
        if (inv == null) {
            LOG.debug("Failure for an unknown or finished call, correlation id {}: {}", correlationId,
                    failure.getMessage());
            return;
        }
        eventHandlers.remove(correlationId);
        inv.completeExceptionally(failure);
    }

    private <R> Call<R> start(Call<R> invocation, List<Connection> batch) {
        ClientMessage request = invocation.request;
        int size = request.wireSize(); // a field of the pooled requests of the hot path, no loop
        if (size > maxMessageSize) {
            invocation.completeExceptionally(new MessageTooLargeException("The " + invocation.operationName()
                    + " request (0x" + Integer.toHexString(request.messageType()) + ") is " + size + " bytes, over the limit of "
                    + maxMessageSize + " bytes (max-message-size, hz.client.max-message-size): nothing was sent. "
                    + "Send less (e.g. a smaller value), or raise max-message-size"));
            return invocation;
        }
        CompletableFuture<Void> ready = beforeSend.beforeSend(request);
        if (ready == null) {
            send(invocation, batch);
        } else {
            sendWhen(ready, invocation);
        }
        return invocation;
    }

    /**
     * Sends the call once what it needs is on the cluster (e.g. the Compact schemas of its data), from the thread that
     * completes {@code ready}: nothing blocks the caller. If that fails, the call fails with the reason, never sent.
     * Its deadline counts from its start, so the wait is part of its invocation timeout.
     */
    private void sendWhen(CompletableFuture<Void> ready, Call<?> invocation) {
        ready.whenComplete((ok, failure) -> {
            if (failure == null) {
                send(invocation, null); // maybe after the batch was flushed: written on its own
                return;
            }
            Throwable cause = failure;
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            invocation.completeExceptionally(connections.isClientActive() ? cause
                    : new ClientNotActiveException("the client was shut down", cause));
        });
    }

    /**
     * Sends one try. Holds a reference to the request while it reads it: the call may end meanwhile on another
     * thread (its answer, a timeout, a cancellation), which releases the invocation's own. Anything thrown fails the
     * call, so that it ends (and releases its request) even when a retry task on the scheduler throws.
     */
    private void send(Call<?> inv, List<Connection> batch) {
        ClientMessage request = inv.request;
        if (inv.isDone() || !request.tryRetain()) {
            return; // cancelled by its caller (e.g. a blocking read nobody waits for any more): not sent again
        }
        if (inv.isDone()) {
            // cancelled between the two checks: its request was released, and may already be another call's
            // (the reference just taken is then that call's to count, and goes back at once)
            request.release();
            return;
        }
        try {
            send(inv, request, batch);
        } catch (RuntimeException | Error e) {
            inv.completeExceptionally(e);
            throw e;
        } finally {
            request.release();
        }
    }

    private void send(Call<?> inv, ClientMessage request, List<Connection> batch) {
        if (!connections.isClientActive()) {
            inv.completeExceptionally(new ClientNotActiveException("the client is shut down"));
            return;
        }
        Connection connection = pickConnection(inv);
        if (connection == null) {
            failOrRetry(inv, noConnection(inv));
            return;
        }
        // a retry's copy is this try's alone: the connection takes a reference of its own if it queues it
        ClientMessage message = inv.retries() == 0 ? request : request.copyForRetry();
        try {
            send(inv, message, connection, batch);
        } finally {
            if (message != request) {
                message.release();
            }
        }
    }

    private void send(Call<?> inv, ClientMessage message, Connection connection, List<Connection> batch) {
        long id = correlationIds.incrementAndGet();
        message.setCorrelationId(id);
        if (backupAware) {
            message.addFlags(Frame.BACKUP_AWARE);
        }
        inv.correlationId = id;
        inv.sentOn = connection;
        inv.forgetBackups(); // a retry waits for the acks of its own try only
        inFlight.put(id, inv);
        Consumer<ClientMessage> eventHandler = inv.eventHandler();
        if (eventHandler != null) {
            eventHandlers.put(id, eventHandler);
        }
        if (!(batch == null ? connection.write(message) : queue(message, connection, batch))) {
            eventHandlers.remove(id);
            // else the connection's close took the call out first, and fails or retries it: once is enough
            if (inFlight.remove(id) != null) {
                failOrRetry(inv, new CallNotSentException("the connection to " + connection.address()
                        + " closed before the call could be sent"));
            }
        }
    }

    /** Within {@link #invokeAll}: queued without waking the event loop, which its end does. */
    private static boolean queue(ClientMessage message, Connection connection, List<Connection> queuedOn) {
        if (!connection.queue(message)) {
            return false;
        }
        if (!queuedOn.contains(connection)) { // one per member: a short list
            queuedOn.add(connection);
        }
        return true;
    }

    private Connection pickConnection(Call<?> inv) {
        Connection bound = inv.boundConnection();
        if (bound != null) {
            return bound.isAlive() ? bound : null;
        }
        UUID member = inv.memberUuid();
        if (member != null) {
            // unisocket: the one connection's member forwards a call meant for another member, unless it must not
            return smartRouting || inv.route().kind() == Call.Route.Kind.MEMBER_DIRECTLY
                    ? connections.connectionTo(member) : connections.anyConnection();
        }
        int partitionId = smartRouting ? inv.request.partitionId() : -1;
        if (partitionId >= 0) {
            UUID owner = partitions.owner(partitionId);
            Connection c = owner == null ? null : connections.connectionTo(owner);
            if (c != null) {
                return c;
            }
        }
        return connections.anyConnection();
    }

    private HzClientException noConnection(Call<?> inv) {
        if (inv.boundConnection() != null) {
            return new TargetDisconnectedException("the connection to " + inv.boundConnection().address() + " is closed");
        }
        if (connections.failFastWhenDisconnected()) {
            return new ClientOfflineException("the client is not connected to the cluster (reconnect mode ASYNC, "
                    + "or async start still connecting)");
        }
        if (inv.memberUuid() != null) {
            return new MemberNotConnectedException("the client has no connection to member " + inv.memberUuid()
                    + ": the call was not sent");
        }
        return new CallNotSentException("the client is not connected to the cluster");
    }

    /** Called on the event loop for each response. */
    public void handleResponse(ClientMessage response) {
        long id = response.correlationId();
        Call<?> inv = inFlight.get(id);
        if (inv == null) {
            LOG.debug("Response for an unknown or finished call, correlation id {}", id);
            return;
        }
        if (response.isError()) {
            inFlight.remove(id);
            eventHandlers.remove(id);
            failOrRetry(inv, RemoteErrors.toException(response));
            return;
        }
        int backups = response.backupAcks();
        if (backups == 0 || inv.responseArrived(response, backups)) {
            inFlight.remove(id);
            inv.complete(response);
        }
    }

    /** Called on the event loop for each backup ack event. */
    public void handleBackupEvent(ClientMessage event) {
        long id = ClientCodec.decodeBackupEvent(event);
        Call<?> inv = inFlight.get(id);
        if (inv != null && inv.backupArrived()) {
            inFlight.remove(id);
            inv.complete(inv.pendingResponse());
        }
    }

    /** Called on the event loop for each other event; false if no listener claims it. */
    public boolean handleEvent(ClientMessage event) {
        Consumer<ClientMessage> handler = eventHandlers.get(event.correlationId());
        if (handler == null) {
            return false;
        }
        handler.accept(event);
        return true;
    }

    /**
     * Every call waiting on the closed connection fails over (or fails) now. One whose owner answered but whose
     * backups had not all reported may or may not be on its backups: it is never reported as done, but fails as
     * indeterminate (retried only with redo-operation on, as any call that may have run).
     */
    public void connectionClosed(Connection connection, String reason) {
        inFlight.forEach(inv -> {
            if (inv.sentOn != connection || inFlight.remove(inv.correlationId) == null) {
                return;
            }
            eventHandlers.remove(inv.correlationId);
            if (inv.isWaitingForBackups()) {
                failOrRetry(inv, new IndeterminateOperationStateException(describe(inv) + " was applied by its owner "
                        + connection.address() + ", whose connection then closed (" + reason + ") before every backup "
                        + "reported: it may or may not survive the owner's loss"));
            } else {
                failOrRetry(inv, new TargetDisconnectedException("the connection to " + connection.address()
                        + " closed while a call was waiting for its answer: " + reason));
            }
        });
    }

    /** Gauge: calls sent and not answered yet. */
    public int pending() {
        return inFlight.size();
    }

    /** Fails every call: the client is shutting down. */
    public void shutdown() {
        inFlight.forEach(inv -> inv.completeExceptionally(new ClientNotActiveException("the client was shut down")));
        inFlight.clear();
        eventHandlers.clear();
        for (Call<?> inv : waitingToRetry) {
            if (waitingToRetry.remove(inv)) {
                inv.completeExceptionally(new ClientNotActiveException("the client was shut down"));
            }
        }
    }

    private void failOrRetry(Call<?> inv, Throwable failure) {
        long now = System.nanoTime();
        boolean retry = inv.boundConnection() == null && retryPolicy.shouldRetry(failure, inv.request.isRetryable());
        long pause = inv.retries() < FAST_RETRIES ? Math.min(retryPauseNanos, TimeUnit.MILLISECONDS.toNanos(100))
                : retryPauseNanos;
        if (retry && now + pause - deadlineNanos(inv) < 0 && connections.isClientActive()) {
            inv.retrying();
            counters.retried.increment();
            waitingToRetry.add(inv);
            try {
                scheduler.schedule(() -> {
                    if (waitingToRetry.remove(inv)) {
                        send(inv, null);
                    }
                }, pause, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                // the scheduler is gone: the client is shutting down (failed just below)
            }
            if (connections.isClientActive()) {
                return;
            }
            // shut down meanwhile, maybe after shutdown() failed the waiting calls: fail this one here
            if (!waitingToRetry.remove(inv)) {
                return;
            }
        }
        if (!connections.isClientActive() && !(failure instanceof ClientNotActiveException)) {
            // the failure is a consequence of the shutdown (e.g. its closed connections); say so
            failure = new ClientNotActiveException("the client was shut down", failure);
        } else if (retry) {
            failure = timeout(inv, failure);
        }
        inv.completeExceptionally(failure);
    }

    private long deadlineNanos(Call<?> inv) {
        return inv.startNanos + (inv.hasDeadline() ? timeoutNanos : NO_DEADLINE);
    }

    private OperationTimeoutException timeout(Call<?> inv, Throwable cause) {
        counters.timedOut.increment();
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - inv.startNanos);
        return new OperationTimeoutException(inv.operationName() + " call"
                + " got no answer within " + ms + " ms (invocation-timeout " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos)
                + " ms); last tried: " + inv.target() + (inv.retries() > 0 ? ", after " + (inv.retries() + 1) + " tries" : ""),
                cause);
    }

    private void checkDeadlines() {
        long now = System.nanoTime();
        inFlight.forEach(inv -> {
            if (inv.isWaitingForBackups()) {
                if (now - inv.pendingSinceNanos() > backupTimeoutNanos && inFlight.remove(inv.correlationId) != null) {
                    backupsMissing(inv);
                }
            } else if (now - deadlineNanos(inv) > 0 && inFlight.remove(inv.correlationId) != null) {
                eventHandlers.remove(inv.correlationId);
                inv.completeExceptionally(timeout(inv, null));
            }
        });
    }

    /**
     * The owner applied the call and is still connected, but not every backup reported within the backup timeout:
     * the data is on the owner, and lost only if the owner fails too before its backups catch up.
     */
    private void backupsMissing(Call<?> inv) {
        String what = describe(inv) + " was applied by its owner, but not every backup acknowledged it within the "
                + "operation-backup-timeout of " + TimeUnit.NANOSECONDS.toMillis(backupTimeoutNanos) + " ms";
        if (failOnIndeterminateState) {
            inv.completeExceptionally(new IndeterminateOperationStateException(what
                    + " (fail-on-indeterminate-operation-state is on)"));
        } else {
            LOG.warn("{}: reported as done; it is lost if the owner fails before its backups catch up "
                    + "(set fail-on-indeterminate-operation-state to be told instead)", what);
            inv.complete(inv.pendingResponse());
        }
    }

    /** "Map.Put call on 'orders' (partition 17)": the object's name is the first variable field of such requests. */
    private static String describe(Call<?> inv) {
        ClientMessage request = inv.request;
        StringBuilder sb = new StringBuilder(inv.operationName()).append(" call");
        if (request.frameCount() > 1 && request.tryRetain()) {
            try {
                sb.append(" on '").append(new String(request.content(1), StandardCharsets.UTF_8)).append('\'');
            } finally {
                request.release();
            }
        }
        return sb.append(" (partition ").append(request.partitionId()).append(')').toString();
    }
}
