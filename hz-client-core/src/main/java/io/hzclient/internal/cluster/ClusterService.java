package io.hzclient.internal.cluster;

import io.hzclient.Cluster;
import io.hzclient.Member;
import io.hzclient.MembershipEvent;
import io.hzclient.MembershipListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

/**
 * The member list from the cluster view, and the membership listeners told of its changes.
 *
 * <p>Each listener has a queue of its own. A view is applied under this object's lock, which also puts its
 * changes on the queue of every listener registered at that moment; the event lane then delivers each queue in
 * order. A listener that asks for the existing members takes its snapshot under the same lock as it registers, so
 * the snapshot and the queued changes meet without a gap or an overlap; it is told of the snapshot in the caller's
 * thread, outside the lock, and its queue is held back until that is done.
 */
public final class ClusterService implements Cluster {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterService.class);

    private final Map<UUID, Registration> listeners = new ConcurrentHashMap<>();
    /** One lane for every membership listener's deliveries (a lane runs its tasks one at a time, in order). */
    private final Executor eventLane;
    private volatile Map<UUID, Member> members = Map.of();
    private volatile Set<Member> memberSet = Set.of();
    private int version = -1;

    public ClusterService(Executor eventLane) {
        this.eventLane = eventLane;
    }

    @Override
    public Set<Member> getMembers() {
        return memberSet;
    }

    public Member member(UUID uuid) {
        return uuid == null ? null : members.get(uuid);
    }

    @Override
    public UUID addMembershipListener(MembershipListener listener, boolean fireForExisting) {
        Objects.requireNonNull(listener, "listener must not be null");
        UUID id = UUID.randomUUID();
        Registration registration = new Registration(listener, !fireForExisting);
        Set<Member> existing;
        synchronized (this) {
            listeners.put(id, registration);
            existing = memberSet;
        }
        if (fireForExisting) {
            for (Member m : existing) {
                if (registration.removed) {
                    break;
                }
                registration.deliver(new MembershipEvent(MembershipEvent.Type.ADDED, m, existing));
            }
            registration.open = true;
            eventLane.execute(registration::drain); // changes queued meanwhile
        }
        return id;
    }

    @Override
    public boolean removeMembershipListener(UUID registrationId) {
        Registration removed = registrationId == null ? null : listeners.remove(registrationId);
        if (removed == null) {
            return false;
        }
        removed.removed = true;
        return true;
    }

    /**
     * Applies a members view if newer; tells listeners who came and went.
     *
     * @throws RefusedAnnouncementException if the view breaks {@link AnnouncementRules#checkMembers}; the member
     *                                      list is left as it was
     */
    public synchronized void apply(int viewVersion, List<Member> view) {
        AnnouncementRules.checkMembers(view);
        if (viewVersion <= version) {
            return;
        }
        version = viewVersion;
        Map<UUID, Member> previous = members;
        Map<UUID, Member> next = new LinkedHashMap<>();
        view.forEach(m -> next.put(m.uuid(), m));
        members = Collections.unmodifiableMap(next);
        memberSet = Collections.unmodifiableSet(new LinkedHashSet<>(next.values()));
        LOG.info("{}", describe(view));
        Set<Member> snapshot = memberSet;
        List<MembershipEvent> changes = new ArrayList<>();
        for (Member gone : previous.values()) {
            if (!next.containsKey(gone.uuid())) {
                changes.add(new MembershipEvent(MembershipEvent.Type.REMOVED, gone, snapshot));
            }
        }
        for (Member added : next.values()) {
            if (!previous.containsKey(added.uuid())) {
                changes.add(new MembershipEvent(MembershipEvent.Type.ADDED, added, snapshot));
            }
        }
        if (!changes.isEmpty()) {
            List<Registration> targets = List.copyOf(listeners.values());
            targets.forEach(r -> r.pending.addAll(changes));
            eventLane.execute(() -> targets.forEach(Registration::drain));
        }
    }

    /** The next view is taken whatever its version: the client reconnected, maybe to a restarted cluster. */
    public synchronized void reset() {
        version = -1;
    }

    private static String describe(List<Member> view) {
        StringBuilder sb = new StringBuilder("\n\nMembers [").append(view.size()).append("] {\n");
        view.forEach(m -> sb.append("\tMember [").append(m.address()).append("] - ").append(m.uuid()).append('\n'));
        return sb.append("}\n").toString();
    }

    /**
     * One listener and the changes not yet delivered to it. Only the event lane drains the queue (one thread, so in
     * order); until {@code open}, the caller of addMembershipListener is still telling it of the existing members.
     */
    private static final class Registration {
        final MembershipListener listener;
        final ConcurrentLinkedQueue<MembershipEvent> pending = new ConcurrentLinkedQueue<>();
        volatile boolean open;
        volatile boolean removed;

        Registration(MembershipListener listener, boolean open) {
            this.listener = listener;
            this.open = open;
        }

        void drain() {
            if (!open) {
                return; // the drain that opening submits delivers what is queued now
            }
            for (MembershipEvent e = pending.poll(); e != null && !removed; e = pending.poll()) {
                deliver(e);
            }
        }

        void deliver(MembershipEvent event) {
            try {
                if (event.type() == MembershipEvent.Type.ADDED) {
                    listener.memberAdded(event);
                } else {
                    listener.memberRemoved(event);
                }
            } catch (RuntimeException e) {
                LOG.warn("A membership listener threw", e);
            }
        }
    }
}
