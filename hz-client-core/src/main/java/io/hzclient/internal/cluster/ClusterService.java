package io.hzclient.internal.cluster;

import io.hzclient.Cluster;
import io.hzclient.Member;
import io.hzclient.MembershipEvent;
import io.hzclient.MembershipListener;
import io.hzclient.internal.listener.OrderedExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The member list from the cluster view, and the membership listeners told of its changes. */
public final class ClusterService implements Cluster {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterService.class);
    private static final Object EVENT_LANE = new Object();

    private final Map<UUID, MembershipListener> listeners = new ConcurrentHashMap<>();
    private final OrderedExecutor events;
    private final Consumer<Set<Member>> onMembersChanged;
    private volatile Map<UUID, Member> members = Map.of();
    private volatile Set<Member> memberSet = Set.of();
    private int version = -1;

    public ClusterService(OrderedExecutor events, Consumer<Set<Member>> onMembersChanged) {
        this.events = events;
        this.onMembersChanged = onMembersChanged;
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
        UUID id = UUID.randomUUID();
        // Registered now, not on the event lane: a remove right after the add must find it. Under the same lock as
        // apply(), so the "existing" events reflect exactly the views whose changes the listener is told of later.
        synchronized (this) {
            listeners.put(id, listener);
            if (fireForExisting) {
                Set<Member> current = memberSet;
                events.execute(EVENT_LANE, () -> current.forEach(m -> {
                    if (listeners.containsKey(id)) {
                        try {
                            listener.memberAdded(new MembershipEvent(MembershipEvent.Type.ADDED, m, current));
                        } catch (RuntimeException e) {
                            LOG.warn("A membership listener threw", e);
                        }
                    }
                }));
            }
        }
        return id;
    }

    @Override
    public boolean removeMembershipListener(UUID registrationId) {
        return listeners.remove(registrationId) != null;
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
        for (Member gone : previous.values()) {
            if (!next.containsKey(gone.uuid())) {
                fire(new MembershipEvent(MembershipEvent.Type.REMOVED, gone, snapshot));
            }
        }
        for (Member added : next.values()) {
            if (!previous.containsKey(added.uuid())) {
                fire(new MembershipEvent(MembershipEvent.Type.ADDED, added, snapshot));
            }
        }
        onMembersChanged.accept(snapshot);
    }

    /** The next view is taken whatever its version: the client reconnected, maybe to a restarted cluster. */
    public synchronized void reset() {
        version = -1;
    }

    /** Tells the listeners registered now (called under the lock); one removed before delivery hears nothing. */
    private void fire(MembershipEvent event) {
        Map<UUID, MembershipListener> targets = Map.copyOf(listeners);
        events.execute(EVENT_LANE, () -> targets.forEach((id, l) -> {
            if (!listeners.containsKey(id)) {
                return;
            }
            try {
                if (event.type() == MembershipEvent.Type.ADDED) {
                    l.memberAdded(event);
                } else {
                    l.memberRemoved(event);
                }
            } catch (RuntimeException e) {
                LOG.warn("A membership listener threw", e);
            }
        }));
    }

    private static String describe(List<Member> view) {
        StringBuilder sb = new StringBuilder("\n\nMembers [").append(view.size()).append("] {\n");
        view.forEach(m -> sb.append("\tMember [").append(m.address()).append("] - ").append(m.uuid()).append('\n'));
        return sb.append("}\n").toString();
    }
}
