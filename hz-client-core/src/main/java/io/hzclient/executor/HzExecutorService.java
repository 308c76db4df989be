package io.hzclient.executor;

import io.hzclient.DistributedObject;
import io.hzclient.Member;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * An executor service of the cluster: runs tasks on its members, in the members' executor of that name (configured
 * on the members: pool size, queue capacity). A task is any object the members can deserialize and run as a
 * {@link java.util.concurrent.Callable} or a {@link Runnable}: an IdentifiedDataSerializable, Portable or Compact
 * class on their classpath. The client only serializes it; a member that does not know its class fails the task.
 *
 * <p>Each {@code submit...} method returns a future per member the task was sent to, completed (on the client's user
 * executor) with what the task returned, deserialized ({@code null} for a {@code Runnable}), or with what it threw:
 * the member's exception comes back as the client's ({@link io.hzclient.RemoteException} with the member's class name
 * and message, or the JDK exception listed there). A task's answer has no deadline: it may run as long as it needs.
 * Cancelling such a future asks the member to cancel the task, interrupting it if it has started. Each
 * {@code execute...} method sends the same request and drops its result and failure.
 *
 * <p>Arguments are checked in the calling thread before anything is sent: a null task, key, member or selector is a
 * {@link NullPointerException}; a member that is not in the cluster's member list an
 * {@link IllegalArgumentException}; a selector that selects no member a
 * {@link java.util.concurrent.RejectedExecutionException}. After {@link #shutdown()} this proxy refuses new tasks with
 * a {@code RejectedExecutionException}, likewise in the calling thread (the members do not check: another client
 * that has not shut the executor down asks {@link #isShutdown()} before it sends).
 */
public interface HzExecutorService extends DistributedObject {

    /**
     * Runs the task on some member (the owner of a random partition: a data member).
     *
     * @param task the task
     * @param <T> what the task returns
     * @return a future completed with the task's result
     * @throws NullPointerException if {@code task} is null
     */
    <T> CompletableFuture<T> submit(Object task);

    /**
     * Runs the task on one member, picked at random among those {@code selector} selects.
     *
     * @param task the task
     * @param selector which members may run it, e.g. {@link io.hzclient.MemberSelectors#liteMembers()}
     * @param <T> what the task returns
     * @return a future completed with the task's result
     * @throws NullPointerException if {@code task} or {@code selector} is null
     * @throws java.util.concurrent.RejectedExecutionException if the selector selects no member
     */
    <T> CompletableFuture<T> submit(Object task, Predicate<? super Member> selector);

    /**
     * Runs the task on the member that owns the key's partition, where the key's entries live.
     *
     * @param task the task
     * @param key the key, serialized as the client serializes keys
     * @param <T> what the task returns
     * @return a future completed with the task's result
     * @throws NullPointerException if {@code task} or {@code key} is null
     */
    <T> CompletableFuture<T> submitToKeyOwner(Object task, Object key);

    /**
     * Runs the task on that member.
     *
     * @param task the task
     * @param member the member, one of {@code client.getCluster().getMembers()}
     * @param <T> what the task returns
     * @return a future completed with the task's result
     * @throws NullPointerException if {@code task} or {@code member} is null
     * @throws IllegalArgumentException if no member of that UUID is in the cluster's member list
     */
    <T> CompletableFuture<T> submitToMember(Object task, Member member);

    /**
     * Runs the task on every member {@code selector} selects, once on each.
     *
     * @param task the task
     * @param selector which members run it
     * @param <T> what the task returns
     * @return each selected member's future, in the order of the member list
     * @throws NullPointerException if {@code task} or {@code selector} is null
     * @throws java.util.concurrent.RejectedExecutionException if the selector selects no member
     */
    <T> Map<Member, CompletableFuture<T>> submitToMembers(Object task, Predicate<? super Member> selector);

    /**
     * Runs the task on every member of the cluster (lite members too), once on each.
     *
     * @param task the task
     * @param <T> what the task returns
     * @return each member's future, in the order of the member list
     * @throws NullPointerException if {@code task} is null
     */
    <T> Map<Member, CompletableFuture<T>> submitToAllMembers(Object task);

    /**
     * As {@link #submit(Object)}, the result dropped.
     *
     * @param task the task
     * @throws NullPointerException if {@code task} is null
     */
    void execute(Object task);

    /**
     * As {@link #submit(Object, Predicate)}, the result dropped.
     *
     * @param task the task
     * @param selector which members may run it
     * @throws NullPointerException if {@code task} or {@code selector} is null
     * @throws java.util.concurrent.RejectedExecutionException if the selector selects no member
     */
    void execute(Object task, Predicate<? super Member> selector);

    /**
     * As {@link #submitToKeyOwner}, the result dropped.
     *
     * @param task the task
     * @param key the key
     * @throws NullPointerException if {@code task} or {@code key} is null
     */
    void executeOnKeyOwner(Object task, Object key);

    /**
     * As {@link #submitToMember}, the result dropped.
     *
     * @param task the task
     * @param member the member
     * @throws NullPointerException if {@code task} or {@code member} is null
     * @throws IllegalArgumentException if no member of that UUID is in the cluster's member list
     */
    void executeOnMember(Object task, Member member);

    /**
     * As {@link #submitToMembers}, the results dropped.
     *
     * @param task the task
     * @param selector which members run it
     * @throws NullPointerException if {@code task} or {@code selector} is null
     * @throws java.util.concurrent.RejectedExecutionException if the selector selects no member
     */
    void executeOnMembers(Object task, Predicate<? super Member> selector);

    /**
     * As {@link #submitToAllMembers}, the results dropped.
     *
     * @param task the task
     * @throws NullPointerException if {@code task} is null
     */
    void executeOnAllMembers(Object task);

    /**
     * Shuts the executor down on every member of the cluster now (each member holds its own part of it): tasks
     * already submitted still run. This proxy then refuses new tasks ({@link #submit(Object)}, any
     * {@code submit...} or {@code execute...}, in the calling thread); {@link #isShutdown()} answers true for every
     * client. Calling it again changes nothing.
     */
    void shutdown();

    /**
     * The async form of {@link #shutdown()}.
     *
     * @return a future completed once the members have shut the executor down
     */
    CompletableFuture<Void> shutdownAsync();

    /**
     * Whether the executor has been shut down, as a member sees it.
     *
     * @return true after {@link #shutdown()} (by this client or any other)
     */
    boolean isShutdown();

    /**
     * The async form of {@link #isShutdown()}.
     *
     * @return a future completed with whether the executor has been shut down
     */
    CompletableFuture<Boolean> isShutdownAsync();
}
