package io.hzclient.internal.executor;

import io.hzclient.Member;
import io.hzclient.executor.HzExecutorService;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.invocation.Pending;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.proxy.PendingCall;
import io.hzclient.internal.proxy.ProxyBase;
import io.hzclient.internal.serialization.Data;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The client side of an executor service. A task goes to a partition's owner (a key's, or a random partition for
 * "any member") or to a member by its UUID, under a UUID of its own by which a cancellation finds it. Each submit is
 * defined once ({@link #toPartition}, {@link #toMember}); the execute forms send the same call and drop its answer.
 * Cancelling a returned future sends the member a cancellation (with interrupt) for that task's UUID. A member shuts
 * down only its own part of an executor, so shutdown goes to every member in the member list; and as a member runs
 * a task it is sent whether or not the executor was shut down (the official proxies check first), this proxy refuses
 * tasks once it has shut the executor down.
 */
public final class ExecutorServiceProxy extends ProxyBase implements HzExecutorService {
    public static final String SERVICE_NAME = "hz:impl:executorService";
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorServiceProxy.class);

    private final Supplier<? extends Collection<Member>> members;
    /** A submit's answer, deserialized: made once. */
    private final Operation<Object> toPartitionResult;
    private final Operation<Object> toMemberResult;
    /** Set once this proxy has shut the executor down: the members do not refuse later tasks, so this proxy does. */
    private volatile boolean shutDown;

    /** {@code members}: the cluster's member list now. */
    public ExecutorServiceProxy(String name, ClientContext context, Supplier<? extends Collection<Member>> members) {
        super(SERVICE_NAME, name, context);
        this.members = members;
        this.toPartitionResult = ExecutorServiceCodec.SUBMIT_TO_PARTITION.then(this::toObject);
        this.toMemberResult = ExecutorServiceCodec.SUBMIT_TO_MEMBER.then(this::toObject);
    }

    private Object toObject(Data data) {
        return data == null ? null : context.serialization().toObject(data);
    }

    // ---- submitting

    @Override
    public <T> CompletableFuture<T> submit(Object task) {
        Data data = taskData(task);
        return toPartition(data, ThreadLocalRandom.current().nextInt(context.partitions().partitionCount()));
    }

    @Override
    public <T> CompletableFuture<T> submit(Object task, Predicate<? super Member> selector) {
        Data data = taskData(task);
        List<Member> selected = select(selector);
        return toMember(data, selected.get(ThreadLocalRandom.current().nextInt(selected.size())));
    }

    @Override
    public <T> CompletableFuture<T> submitToKeyOwner(Object task, Object key) {
        Data data = taskData(task);
        Data keyData = context.serialization().toData(checkNotNull(key, "key"));
        return toPartition(data, context.partitions().partitionId(keyData));
    }

    @Override
    public <T> CompletableFuture<T> submitToMember(Object task, Member member) {
        Data data = taskData(task);
        return toMember(data, known(checkNotNull(member, "member")));
    }

    @Override
    public <T> Map<Member, CompletableFuture<T>> submitToMembers(Object task, Predicate<? super Member> selector) {
        Data data = taskData(task);
        return toEach(data, select(selector));
    }

    @Override
    public <T> Map<Member, CompletableFuture<T>> submitToAllMembers(Object task) {
        Data data = taskData(task);
        return toEach(data, new ArrayList<>(members.get()));
    }

    // ---- executing: the same calls, their answers dropped

    @Override
    public void execute(Object task) {
        dropped(submit(task));
    }

    @Override
    public void execute(Object task, Predicate<? super Member> selector) {
        dropped(submit(task, selector));
    }

    @Override
    public void executeOnKeyOwner(Object task, Object key) {
        dropped(submitToKeyOwner(task, key));
    }

    @Override
    public void executeOnMember(Object task, Member member) {
        dropped(submitToMember(task, member));
    }

    @Override
    public void executeOnMembers(Object task, Predicate<? super Member> selector) {
        submitToMembers(task, selector).values().forEach(this::dropped);
    }

    @Override
    public void executeOnAllMembers(Object task) {
        submitToAllMembers(task).values().forEach(this::dropped);
    }

    private void dropped(CompletableFuture<?> result) {
        result.whenComplete((ignored, failure) -> {
            if (failure != null) {
                LOG.debug("Executor {}: a task sent by execute failed: {}", name, failure.toString());
            }
        });
    }

    // ---- shutting down

    @Override
    public void shutdown() {
        shutDown = true;
        shutdownCall().sync();
    }

    @Override
    public CompletableFuture<Void> shutdownAsync() {
        shutDown = true;
        return shutdownCall().async(context.userExecutor());
    }

    /** Each member shuts down its own part of the executor: the call goes to every member. */
    private Pending<Void> shutdownCall() {
        List<CompletableFuture<?>> calls = new ArrayList<>();
        for (Member m : members.get()) {
            calls.add(context.invocations().invoke(ExecutorServiceCodec.shutdown(name, m.uuid())));
        }
        return new PendingCall<>(CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)), done -> null);
    }

    @Override
    public boolean isShutdown() {
        return isShutdownCall().sync();
    }

    @Override
    public CompletableFuture<Boolean> isShutdownAsync() {
        return isShutdownCall().async(context.userExecutor());
    }

    private Pending<Boolean> isShutdownCall() {
        return context.invocations().invoke(ExecutorServiceCodec.isShutdown(name));
    }

    // ---- the two ways a task goes out

    @SuppressWarnings("unchecked")
    private <T> CompletableFuture<T> toPartition(Data task, int partitionId) {
        UUID uuid = taskUuid();
        Call<Object> call = context.invocations().invoke(
                ExecutorServiceCodec.submitToPartition(name, uuid, task, partitionId).as(toPartitionResult));
        return (CompletableFuture<T>) cancellable(call,
                () -> ExecutorServiceCodec.cancelOnPartition(uuid, true, partitionId));
    }

    @SuppressWarnings("unchecked")
    private <T> CompletableFuture<T> toMember(Data task, Member member) {
        UUID uuid = taskUuid();
        Call<Object> call = context.invocations().invoke(
                ExecutorServiceCodec.submitToMember(name, uuid, task, member.uuid()).as(toMemberResult));
        return (CompletableFuture<T>) cancellable(call,
                () -> ExecutorServiceCodec.cancelOnMember(uuid, member.uuid(), true));
    }

    /**
     * A task's id: random (version 4) bits from the thread's own generator, not {@code UUID.randomUUID()}, whose
     * shared SecureRandom costs every submit a few microseconds and a lock. It only has to tell this task apart from
     * the others on its member.
     */
    private static UUID taskUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private <T> Map<Member, CompletableFuture<T>> toEach(Data task, List<Member> targets) {
        Map<Member, CompletableFuture<T>> futures = new LinkedHashMap<>();
        for (Member m : targets) {
            futures.put(m, toMember(task, m));
        }
        return Collections.unmodifiableMap(futures);
    }

    /**
     * The call's future on the user executor; cancelling it cancels the call here and sends the member the task's
     * cancellation (its answer, true if the task was still cancellable, only logged).
     */
    private CompletableFuture<Object> cancellable(Call<Object> call, Supplier<Call<Boolean>> cancellation) {
        CompletableFuture<Object> result = call.async(context.userExecutor());
        result.whenComplete((ignored, failure) -> {
            if (result.isCancelled()) {
                call.cancel(true);
                context.invocations().invoke(cancellation.get()).async(context.userExecutor())
                        .whenComplete((cancelled, error) -> LOG.debug("Executor {}: task cancellation: {}", name,
                                error != null ? error.toString() : cancelled));
            }
        });
        return result;
    }

    // ---- arguments

    private Data taskData(Object task) {
        if (shutDown) {
            throw new RejectedExecutionException("executor " + name + " is shut down: it takes no new tasks");
        }
        return context.serialization().toData(checkNotNull(task, "task"));
    }

    private List<Member> select(Predicate<? super Member> selector) {
        checkNotNull(selector, "selector");
        List<Member> selected = new ArrayList<>();
        for (Member m : members.get()) {
            if (selector.test(m)) {
                selected.add(m);
            }
        }
        if (selected.isEmpty()) {
            throw new RejectedExecutionException("executor " + name + ": the selector selects none of the "
                    + members.get().size() + " members of the cluster");
        }
        return selected;
    }

    private Member known(Member member) {
        for (Member m : members.get()) {
            if (m.uuid().equals(member.uuid())) {
                return m;
            }
        }
        throw new IllegalArgumentException("executor " + name + ": " + member + " is not in the cluster's member list");
    }
}
