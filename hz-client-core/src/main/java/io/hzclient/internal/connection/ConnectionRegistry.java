package io.hzclient.internal.connection;

import io.hzclient.Member;
import io.hzclient.loadbalancer.LoadBalancer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The authenticated connections, one per member: where a call finds its connection. */
public final class ConnectionRegistry {
    private final Map<UUID, Connection> byMember = new ConcurrentHashMap<>();
    private final boolean smartRouting;
    private final LoadBalancer loadBalancer;

    /** With smart routing, {@link #anyConnection} asks the load balancer first. */
    public ConnectionRegistry(boolean smartRouting, LoadBalancer loadBalancer) {
        this.smartRouting = smartRouting;
        this.loadBalancer = loadBalancer;
    }

    /**
     * Registers the connection as the one to {@code member}, unless a live one is registered already: that one is
     * kept and returned (the caller closes the newcomer). A dead one is replaced.
     */
    public Connection add(Connection connection, UUID member) {
        connection.memberUuid(member);
        Connection existing = byMember.putIfAbsent(member, connection);
        if (existing != null && existing.isAlive()) {
            return existing;
        } else if (existing != null) {
            byMember.put(member, connection);
        }
        return connection;
    }

    /** Unregisters the connection; false if it was not the one registered for its member. */
    public boolean remove(Connection connection) {
        UUID member = connection.memberUuid();
        return member != null && byMember.remove(member, connection);
    }

    public boolean isEmpty() {
        return byMember.isEmpty();
    }

    /** True if a connection to the member is registered, live or not yet removed. */
    public boolean contains(UUID member) {
        return byMember.containsKey(member);
    }

    /** Every registered connection, including one closed but not yet removed (a live view, not a copy). */
    public Collection<Connection> all() {
        return Collections.unmodifiableCollection(byMember.values());
    }

    /** The live connection to that member, or null. */
    public Connection connectionTo(UUID member) {
        Connection c = byMember.get(member);
        return c != null && c.isAlive() ? c : null;
    }

    /** A live connection to the member the load balancer picks (smart routing), or any live one; null if none. */
    public Connection anyConnection() {
        if (smartRouting) {
            Member m = loadBalancer.next();
            Connection c = m == null ? null : connectionTo(m.uuid());
            if (c != null) {
                return c;
            }
        }
        for (Connection c : byMember.values()) {
            if (c.isAlive()) {
                return c;
            }
        }
        return null;
    }

    public List<Connection> liveConnections() {
        List<Connection> result = new ArrayList<>();
        byMember.values().forEach(c -> {
            if (c.isAlive()) {
                result.add(c);
            }
        });
        return result;
    }
}
