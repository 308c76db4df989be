package io.hzclient.internal.cp;

import io.hzclient.cp.CPGroupId;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Futures;
import io.hzclient.internal.invocation.InvocationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * This client's CP sessions, one per CP group, which own its locks and session-aware permits. A session is opened
 * on first use, kept alive by heartbeats while anything holds it, and closed at shutdown. Each holder (a lock taken,
 * a permit acquired) counts on the session; a session nothing holds is let expire on the group and replaced by a new
 * one when next needed. Threads have a cluster-wide id per group, asked of the group once per local thread.
 */
final class CPSessions {
    /** The session id of no session: JDK-compatible semaphores send it, and {@link #current} answers it. */
    static final long NO_SESSION = -1;
    private static final Logger LOG = LoggerFactory.getLogger(CPSessions.class);
    private static final long CLOSE_WAIT_MILLIS = 5_000;

    private final InvocationService invocations;
    private final ScheduledExecutorService scheduler;
    private final String endpointName;
    private final LongSupplier clockMillis;
    private final Map<CPGroupId, Session> sessions = new ConcurrentHashMap<>();
    private final Map<CPGroupId, Object> opening = new ConcurrentHashMap<>();
    private final Map<ThreadInGroup, Long> threadIds = new ConcurrentHashMap<>();
    private ScheduledFuture<?> heartbeats;
    private boolean closed;

    CPSessions(InvocationService invocations, ScheduledExecutorService scheduler, String endpointName,
               LongSupplier clockMillis) {
        this.invocations = invocations;
        this.scheduler = scheduler;
        this.endpointName = endpointName;
        this.clockMillis = clockMillis;
    }

    /** The group's session, opened if there is none or the last one has expired, held {@code count} more times. */
    long acquire(CPGroupId groupId, int count) {
        Session session = sessions.get(groupId);
        if (session == null || !session.isValid(clockMillis.getAsLong())) {
            synchronized (opening.computeIfAbsent(groupId, g -> new Object())) {
                session = sessions.get(groupId);
                if (session == null || !session.isValid(clockMillis.getAsLong())) {
                    session = open(groupId);
                }
            }
        }
        session.holders.addAndGet(count);
        return session.id;
    }

    /** Lets go of {@code count} holds on the session, if it is still the group's current one. */
    void release(CPGroupId groupId, long sessionId, int count) {
        Session session = sessions.get(groupId);
        if (session != null && session.id == sessionId) {
            session.holders.addAndGet(-count);
        }
    }

    /** The group said the session is closed: forget it, so that the next use opens a new one. */
    void invalidate(CPGroupId groupId, long sessionId) {
        Session session = sessions.get(groupId);
        if (session != null && session.id == sessionId) {
            sessions.remove(groupId, session);
        }
    }

    /** The group's current session, or {@link #NO_SESSION}. */
    long current(CPGroupId groupId) {
        Session session = sessions.get(groupId);
        return session == null ? NO_SESSION : session.id;
    }

    /** The calling thread's cluster-wide id in the group, asked of the group the first time. */
    long threadId(CPGroupId groupId) {
        ThreadInGroup key = new ThreadInGroup(groupId, Thread.currentThread().getId());
        Long id = threadIds.get(key);
        if (id == null) {
            id = CPWaits.uninterruptibly(invocations.invokeInternal(CPSessionCodec.generateThreadId(groupId)));
            Long raced = threadIds.putIfAbsent(key, id);
            id = raced != null ? raced : id;
        }
        return id;
    }

    /** Closes every session on its group, waiting a few seconds at most, and stops the heartbeats. */
    void close() {
        List<CompletableFuture<?>> closing = new ArrayList<>();
        synchronized (this) {
            closed = true;
            if (heartbeats != null) {
                heartbeats.cancel(false);
            }
        }
        sessions.forEach((groupId, session) -> {
            try {
                closing.add(invocations.invokeInternal(CPSessionCodec.closeSession(groupId, session.id)));
            } catch (RuntimeException e) {
                LOG.debug("could not close CP session {} of group {}", session.id, groupId.name(), e);
            }
        });
        sessions.clear();
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new))
                    .get(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // the group will expire them after their time to live
            LOG.debug("CP sessions not all closed at shutdown; the groups expire them", e);
        }
    }

    private Session open(CPGroupId groupId) {
        // uninterruptible: a session the group opened after its caller gave up would be held by nobody
        long askedAtMillis = clockMillis.getAsLong();
        CPSessionGrant grant = CPWaits.uninterruptibly(invocations.invokeInternal(CPSessionCodec.createSession(groupId,
                endpointName)));
        // the group's clock for it started after we asked; a heartbeat period short of that, a call sent on the
        // unheld session still finds it open, and the heartbeats its holders start come in time
        Session session = new Session(grant.sessionId(), askedAtMillis + grant.ttlMillis() - grant.heartbeatMillis());
        sessions.put(groupId, session);
        startHeartbeats(grant.heartbeatMillis());
        return session;
    }

    private synchronized void startHeartbeats(long periodMillis) {
        if (heartbeats == null && !closed) {
            heartbeats = scheduler.scheduleAtFixedRate(this::heartbeat, periodMillis, periodMillis,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Keeps every held session alive; one the group says is gone is forgotten. */
    private void heartbeat() {
        sessions.forEach((groupId, session) -> {
            if (session.holders.get() > 0) {
                Call<Void> call = invocations.invokeInternal(CPSessionCodec.heartbeatSession(groupId, session.id));
                call.whenComplete((answer, failure) -> {
                    Throwable cause = failure == null ? null : Futures.unwrapCause(failure);
                    if (CPErrors.isSessionExpired(cause) || CPErrors.isGroupDestroyed(cause)) {
                        invalidate(groupId, session.id);
                    }
                });
            }
        });
    }

    /** A session and how many holders it has; one with none is used only until the group would expire it. */
    private static final class Session {
        final long id;
        final long expiresAtMillis;
        final AtomicInteger holders = new AtomicInteger();

        Session(long id, long expiresAtMillis) {
            this.id = id;
            this.expiresAtMillis = expiresAtMillis;
        }

        boolean isValid(long nowMillis) {
            return holders.get() > 0 || nowMillis < expiresAtMillis;
        }
    }

    private record ThreadInGroup(CPGroupId groupId, long localThreadId) {
    }
}
