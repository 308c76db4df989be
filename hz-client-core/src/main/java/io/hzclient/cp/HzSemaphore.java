package io.hzclient.cp;

import io.hzclient.DistributedObject;

import java.util.concurrent.TimeUnit;

/**
 * A counting semaphore held by a CP group. It is one of two kinds, as the members configure it by name
 * ({@code jdk-compatible} in the CP Subsystem's semaphore configuration):
 * <ul>
 *   <li>session-aware (the default): permits belong to this client's CP session; any thread of this client may
 *   release them, another client may not, and they go back to the semaphore when the session is closed (the client
 *   crashed or was cut off for longer than the session's time to live);</li>
 *   <li>JDK-compatible: permits belong to nobody, as with {@link java.util.concurrent.Semaphore}; any caller may
 *   release them and they are never given back on a client's failure.</li>
 * </ul>
 * Waits for permits are made on the members and are not interrupted by {@link Thread#interrupt()}.
 */
public interface HzSemaphore extends DistributedObject {

    /**
     * The CP group that holds this semaphore.
     *
     * @return the group's id
     */
    CPGroupId getGroupId();

    /**
     * Whether permits are JDK-compatible (owned by nobody) rather than owned by this client's session.
     *
     * @return true for the sessionless, JDK-compatible kind
     */
    boolean isJdkCompatible();

    /**
     * Sets the number of permits, once: only a semaphore never initialized (or destroyed) takes it.
     *
     * @param permits the permits, zero or more
     * @return true if set, false if the semaphore was already initialized
     * @throws IllegalArgumentException if {@code permits} is negative
     */
    boolean init(int permits);

    /** Takes a permit, waiting as long as it takes. */
    void acquire();

    /**
     * Takes {@code permits} permits at once, waiting as long as it takes.
     *
     * @param permits how many, positive
     * @throws IllegalArgumentException if {@code permits} is not positive
     */
    void acquire(int permits);

    /**
     * Takes a permit if one is available now.
     *
     * @return whether it was taken
     */
    boolean tryAcquire();

    /**
     * Takes {@code permits} permits if they are available now.
     *
     * @param permits how many, positive
     * @return whether they were taken
     * @throws IllegalArgumentException if {@code permits} is not positive
     */
    boolean tryAcquire(int permits);

    /**
     * Takes a permit, waiting up to {@code timeout} for one.
     *
     * @param timeout how long to wait; zero or less does not wait
     * @param unit    the unit of {@code timeout}
     * @return whether it was taken
     * @throws NullPointerException if {@code unit} is null
     */
    boolean tryAcquire(long timeout, TimeUnit unit);

    /**
     * Takes {@code permits} permits at once, waiting up to {@code timeout} for them.
     *
     * @param permits how many, positive
     * @param timeout how long to wait; zero or less does not wait
     * @param unit    the unit of {@code timeout}
     * @return whether they were taken
     * @throws IllegalArgumentException if {@code permits} is not positive
     * @throws NullPointerException     if {@code unit} is null
     */
    boolean tryAcquire(int permits, long timeout, TimeUnit unit);

    /**
     * Gives back a permit.
     *
     * @throws IllegalStateException if, for a session-aware semaphore, this client holds no permit (or its session
     *                               was closed, which gave its permits back)
     */
    void release();

    /**
     * Gives back {@code permits} permits.
     *
     * @param permits how many, positive
     * @throws IllegalArgumentException if {@code permits} is not positive
     * @throws IllegalStateException    if, for a session-aware semaphore, this client holds fewer permits (or its
     *                                  session was closed, which gave its permits back)
     */
    void release(int permits);

    /**
     * The permits available now.
     *
     * @return the count
     */
    int availablePermits();

    /**
     * Takes every permit available now.
     *
     * @return how many were taken
     */
    int drainPermits();

    /**
     * Removes permits without taking them; the count may go below zero.
     *
     * @param reduction how many, zero or more
     * @throws IllegalArgumentException if {@code reduction} is negative
     */
    void reducePermits(int reduction);

    /**
     * Adds permits without releasing any.
     *
     * @param increase how many, zero or more
     * @throws IllegalArgumentException if {@code increase} is negative
     */
    void increasePermits(int increase);
}
