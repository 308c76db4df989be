package io.hzclient.spring.integration;

import io.hzclient.HzClient;
import io.hzclient.cp.HzFencedLock;
import org.springframework.integration.support.locks.LockRegistry;

import java.util.Objects;

/**
 * Spring Integration's {@link LockRegistry} over CP fenced locks: one {@link HzFencedLock} per key, named after the
 * key, in one CP group. Its locks work across every application connected to the cluster, belong to the thread that
 * took them (as with any {@code Lock}), and are freed when the holder's CP session expires (its JVM died).
 *
 * <pre>{@code
 * lockRegistry.executeLocked("nightly-report", () -> report.run());
 * }</pre>
 */
public final class HzLockRegistry implements LockRegistry<HzFencedLock> {
    private final HzClient client;
    private final String group;

    /**
     * A registry whose locks live in the given CP group.
     *
     * @param client the client that reaches the CP members
     * @param group  the CP group's name; null or blank for the default group
     */
    public HzLockRegistry(HzClient client, String group) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.group = group == null || group.isBlank() ? null : group.trim();
        if (this.group != null && this.group.contains("@")) {
            throw new IllegalArgumentException("a CP group name cannot contain '@': " + group);
        }
    }

    /**
     * The lock of this key: the same object for the same key.
     *
     * @param lockKey a non-empty String without '@' (which separates a CP object's name from its group)
     * @return the fenced lock named after the key
     * @throws IllegalArgumentException if the key is not such a String
     */
    @Override
    public HzFencedLock obtain(Object lockKey) {
        if (!(lockKey instanceof String key) || key.isBlank() || key.contains("@")) {
            throw new IllegalArgumentException("a lock key must be a non-blank String without '@', not " + lockKey);
        }
        return client.getCPSubsystem().getLock(group == null ? key : key + "@" + group);
    }

    @Override
    public String toString() {
        return "HzLockRegistry[group=" + (group == null ? "default" : group) + "]";
    }
}
