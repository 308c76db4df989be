package io.hzclient.cp;

/**
 * The CP Subsystem: linearizable data structures held by a Raft group of CP members, which stay correct through
 * member failures as long as a majority of the group's members is up. Names are {@code name} (the {@code default}
 * group) or {@code name@group}; the group is created on the cluster the first time it is named. The cluster must
 * have the CP Subsystem on ({@code cp-member-count} of at least 3; Hazelcast 5.4 is the last open-source member with
 * it).
 */
public interface CPSubsystem {

    /**
     * The atomic long of that name, created on the cluster on first use; the same proxy for every call with the
     * same name.
     *
     * @param name {@code name} or {@code name@group}
     * @return the atomic long
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if the name is empty, names an empty group, names a group twice, or names the
     *                                  {@code METADATA} group, which holds no data structures
     * @throws io.hzclient.HzClientException if the cluster has no CP Subsystem (the message says so)
     */
    HzAtomicLong getAtomicLong(String name);

    /**
     * The atomic reference of that name, created on the cluster on first use; the same proxy for every call with
     * the same name.
     *
     * @param name {@code name} or {@code name@group}
     * @param <E>  the value's type
     * @return the atomic reference
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if the name is empty, names an empty group, names a group twice, or names the
     *                                  {@code METADATA} group
     * @throws io.hzclient.HzClientException if the cluster has no CP Subsystem (the message says so)
     */
    <E> HzAtomicReference<E> getAtomicReference(String name);

    /**
     * The count-down latch of that name, created on the cluster on first use; the same proxy for every call with
     * the same name.
     *
     * @param name {@code name} or {@code name@group}
     * @return the latch
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if the name is empty, names an empty group, names a group twice, or names the
     *                                  {@code METADATA} group
     * @throws io.hzclient.HzClientException if the cluster has no CP Subsystem (the message says so)
     */
    HzCountDownLatch getCountDownLatch(String name);

    /**
     * The fenced lock of that name, created on the cluster on first use; the same proxy for every call with the same
     * name. Its owner is this client's CP session in the lock's group and the calling thread.
     *
     * @param name {@code name} or {@code name@group}
     * @return the lock
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if the name is empty, names an empty group, names a group twice, or names the
     *                                  {@code METADATA} group
     * @throws io.hzclient.HzClientException if the cluster has no CP Subsystem (the message says so)
     */
    HzFencedLock getLock(String name);

    /**
     * The semaphore of that name, created on the cluster on first use; the same proxy for every call with the same
     * name. Whether it is session-aware or JDK-compatible is the members' configuration for that name, asked once.
     *
     * @param name {@code name} or {@code name@group}
     * @return the semaphore
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if the name is empty, names an empty group, names a group twice, or names the
     *                                  {@code METADATA} group
     * @throws io.hzclient.HzClientException if the cluster has no CP Subsystem (the message says so)
     */
    HzSemaphore getSemaphore(String name);
}
