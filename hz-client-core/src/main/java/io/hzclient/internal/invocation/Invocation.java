package io.hzclient.internal.invocation;

import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.protocol.ClientMessage;

import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * One call in flight, and the future its caller waits on: what to send, where, until when. Retries send a copy of
 * the request under a new correlation id, so a late answer to an earlier try can never complete a later one.
 *
 * <p>Owns its request: holds a reference to it from the start and releases it exactly once, as the call ends,
 * whichever way (answer, error, timeout, lost connection, shutdown, cancellation). For a request in a pooled buffer
 * that frees the buffer; whoever still reads it (a sender, a queued write) holds a reference of its own.
 */
final class Invocation extends ParkingFuture<ClientMessage> {
    private final ClientCounters counters;
    final long startNanos = System.nanoTime();
    /** Where else to send, and what else to do, for the few calls that are not plain calls; null for most. */
    final Target target;

    /** The first try's message; a retry sends a copy of it (see above). */
    final ClientMessage request;
    volatile Connection sentOn;
    volatile long correlationId;
    int attempt;

    /** Backup acks, made only for a call whose response or first backup ack says backups are involved. */
    private volatile BackupAcks backupAcks;

    /** The partition to route by is the request's (-1 for none): not kept here too, to keep every call smaller. */
    Invocation(ClientMessage request, Target target, ClientCounters counters) {
        this.counters = counters;
        this.request = request;
        this.target = target;
    }

    /**
     * What a call that is not a plain call has (apart, so that each plain call, by far the most of them, is smaller).
     *
     * @param memberUuid      member to send to, or null
     * @param boundConnection connection to send on, or null (auth, listener registrations and pings are bound to one)
     * @param eventHandler    for listener registrations: where events with this call's correlation id go, or null
     * @param noDeadline      a blocking call (a lock, a ringbuffer read): its answer may take longer than the
     *                        invocation timeout
     */
    record Target(UUID memberUuid, Connection boundConnection, Consumer<ClientMessage> eventHandler,
                  boolean noDeadline) {
        static final Target NO_DEADLINE = new Target(null, null, null, true);
    }

    UUID memberUuid() {
        return target == null ? null : target.memberUuid();
    }

    Connection boundConnection() {
        return target == null ? null : target.boundConnection();
    }

    Consumer<ClientMessage> eventHandler() {
        return target == null ? null : target.eventHandler();
    }

    boolean hasDeadline() {
        return target == null || !target.noDeadline();
    }

    /** Records that the response came and how many backups to wait for; true if the call can complete now. */
    synchronized boolean responseArrived(ClientMessage response, int backups) {
        BackupAcks acks = backupAcks();
        acks.expected = backups;
        acks.sinceNanos = System.nanoTime();
        acks.response = response; // last: isWaitingForBackups() reads it without the lock
        return acks.received >= acks.expected;
    }

    /** Records one backup ack; true if the response is here and every backup has now reported. */
    synchronized boolean backupArrived() {
        BackupAcks acks = backupAcks();
        acks.received++;
        return acks.expected >= 0 && acks.received >= acks.expected;
    }

    private BackupAcks backupAcks() {
        BackupAcks acks = backupAcks;
        if (acks == null) {
            acks = new BackupAcks();
            backupAcks = acks;
        }
        return acks;
    }

    /** A new try starts: acks counted for an earlier one (another correlation id) no longer count. */
    void forgetBackups() {
        backupAcks = null;
    }

    boolean isWaitingForBackups() {
        BackupAcks acks = backupAcks;
        return acks != null && acks.response != null;
    }

    /** The response that waits for its backup acks, or null. */
    ClientMessage pendingResponse() {
        BackupAcks acks = backupAcks;
        return acks == null ? null : acks.response;
    }

    /** When the response that waits for its backup acks came; only while {@link #isWaitingForBackups()}. */
    long pendingSinceNanos() {
        return backupAcks.sinceNanos;
    }

    /** The response waits here until the member's backups have all reported (or the backup timeout). */
    private static final class BackupAcks {
        volatile ClientMessage response;
        volatile long sinceNanos;
        int expected = -1;
        int received;
    }

    // Counts the call as finished (completed or failed, with its duration) as it ends, whichever way: cheaper than
    // a whenComplete stage per call (two objects, and a dependent to run).

    // Only the call that completes the future releases the request: that makes the release happen exactly once.

    @Override
    public boolean complete(ClientMessage value) {
        if (isDone()) {
            return false;
        }
        counters.finished(System.nanoTime() - startNanos, true);
        return ended(super.complete(value));
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
        if (isDone()) {
            return false;
        }
        counters.finished(System.nanoTime() - startNanos, false);
        return ended(super.completeExceptionally(failure));
    }

    /** As CompletableFuture's cancel (which completes with a CancellationException), but knowing who completed. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (isDone()) {
            return isCancelled();
        }
        counters.finished(System.nanoTime() - startNanos, false);
        ended(super.completeExceptionally(new CancellationException()));
        return isCancelled();
    }

    private boolean ended(boolean completedHere) {
        if (completedHere) {
            request.release();
        }
        return completedHere;
    }

    String target() {
        Connection c = sentOn;
        return c != null ? c.address() + (c.memberUuid() == null ? "" : " (" + c.memberUuid() + ")") : "no member";
    }
}
