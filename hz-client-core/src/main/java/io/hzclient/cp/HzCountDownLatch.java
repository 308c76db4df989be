package io.hzclient.cp;

import io.hzclient.DistributedObject;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A count-down latch held by a CP group: a count set once per round, counted down by any client, awaited by any
 * client until it reaches zero; then a new round may set it again. The async forms complete on the client's user
 * executor.
 */
public interface HzCountDownLatch extends DistributedObject {

    /**
     * The CP group that holds this latch.
     *
     * @return the group's id
     */
    CPGroupId getGroupId();

    /**
     * Sets the count, if it is zero (a new round).
     *
     * @param count the count, positive
     * @return true if it was set; false if the latch is still counting down
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    boolean trySetCount(int count);

    /**
     * Sets the count, if it is zero, without waiting.
     *
     * @param count the count, positive
     * @return a future of whether it was set
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    CompletableFuture<Boolean> trySetCountAsync(int count);

    /** Counts down by one; at zero, every waiter is released. Does nothing when the count is already zero. */
    void countDown();

    /**
     * Counts down by one, without waiting.
     *
     * @return a future completed once counted
     */
    CompletableFuture<Void> countDownAsync();

    /**
     * The current count.
     *
     * @return the count, zero when released
     */
    int getCount();

    /**
     * The current count, without waiting.
     *
     * @return a future of the count
     */
    CompletableFuture<Integer> getCountAsync();

    /**
     * Waits until the count reaches zero or the timeout passes (the members answer when one of them happens).
     *
     * @param timeout how long to wait; zero or less asks once without waiting
     * @param unit    the timeout's unit
     * @return true if the count reached zero, false if the timeout passed first
     * @throws NullPointerException if {@code unit} is null
     */
    boolean await(long timeout, TimeUnit unit);

    /**
     * Waits until the count reaches zero or the timeout passes, without holding the caller.
     *
     * @param timeout how long to wait; zero or less asks once without waiting
     * @param unit    the timeout's unit
     * @return a future of whether the count reached zero before the timeout
     * @throws NullPointerException if {@code unit} is null
     */
    CompletableFuture<Boolean> awaitAsync(long timeout, TimeUnit unit);

    /**
     * Destroys the latch on its CP group; waiters are released with an error, and the group refuses later calls
     * on its name.
     */
    @Override
    void destroy();
}
