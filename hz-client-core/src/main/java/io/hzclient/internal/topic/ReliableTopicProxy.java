package io.hzclient.internal.topic;

import io.hzclient.Member;
import io.hzclient.config.ReliableTopicConfig;
import io.hzclient.internal.proxy.PendingCall;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.proxy.ProxyBase;
import io.hzclient.internal.ringbuffer.RingbufferProxy;
import io.hzclient.internal.serialization.Data;
import io.hzclient.ringbuffer.OverflowPolicy;
import io.hzclient.ringbuffer.Ringbuffer;
import io.hzclient.topic.Message;
import io.hzclient.topic.MessageListener;
import io.hzclient.topic.ReliableMessageListener;
import io.hzclient.topic.ReliableTopic;
import io.hzclient.topic.TopicOverloadException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The client side of a reliable topic: messages are {@link ReliableTopicMessages} in the ringbuffer
 * {@code _hz_rb_<name>}. A publish adds one, following the overload policy when the ringbuffer is full of live
 * items; each listener runs its own {@link ReliableListenerRunner}.
 */
public final class ReliableTopicProxy<E> extends ProxyBase implements ReliableTopic<E> {
    public static final String SERVICE_NAME = "hz:impl:reliableTopicService";
    /** The ringbuffer behind topic {@code name} is {@code RINGBUFFER_PREFIX + name}. */
    public static final String RINGBUFFER_PREFIX = "_hz_rb_";
    private static final long MAX_BACKOFF_MS = 2000;

    private final RingbufferProxy<Object> ringbuffer;
    private final ReliableTopicConfig config;
    private final ScheduledExecutorService scheduler;
    private final Supplier<? extends Collection<Member>> members;
    private final Map<UUID, ReliableListenerRunner<E>> runners = new ConcurrentHashMap<>();
    /** A lane of the client's event executor per listener: a slow one holds no one else back. */
    private final Function<String, Executor> lanes;

    public ReliableTopicProxy(String name, ClientContext context, Ringbuffer<Object> ringbuffer,
                              ReliableTopicConfig config, ScheduledExecutorService scheduler,
                              Supplier<? extends Collection<Member>> members, Function<String, Executor> lanes) {
        super(SERVICE_NAME, name, context);
        this.ringbuffer = (RingbufferProxy<Object>) ringbuffer;
        this.config = config;
        this.scheduler = scheduler;
        this.members = members;
        this.lanes = lanes;
    }

    @Override
    public void publish(E message) {
        publishCall(message).sync();
    }

    @Override
    public CompletableFuture<Void> publishAsync(E message) {
        return publishCall(message).async(context.userExecutor());
    }

    private PendingCall<?, Void> publishCall(E message) {
        Data item = item(checkNotNull(message, "message"));
        return new PendingCall<>(addWithPolicy(policy -> ringbuffer.addRaw(item, policy)), r -> null);
    }

    @Override
    public void publishAll(Collection<? extends E> messages) {
        publishAllCall(messages).sync();
    }

    @Override
    public CompletableFuture<Void> publishAllAsync(Collection<? extends E> messages) {
        return publishAllCall(messages).async(context.userExecutor());
    }

    private PendingCall<?, Void> publishAllCall(Collection<? extends E> messages) {
        checkNotNull(messages, "messages");
        if (messages.isEmpty() || messages.size() > Ringbuffer.MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("publishAll takes 1 to " + Ringbuffer.MAX_BATCH_SIZE
                    + " messages, got " + messages.size());
        }
        List<Data> items = new ArrayList<>(messages.size());
        for (E m : messages) {
            items.add(item(checkNotNull(m, "a message in messages")));
        }
        return new PendingCall<>(addWithPolicy(policy -> ringbuffer.addAllRaw(items, policy)), r -> null);
    }

    private Data item(E message) {
        return ReliableTopicMessages.encode(System.currentTimeMillis(), context.serialization().toData(message));
    }

    private CompletableFuture<Void> addWithPolicy(java.util.function.Function<OverflowPolicy, CompletableFuture<Long>> add) {
        return switch (config.overloadPolicy()) {
            case DISCARD_OLDEST -> add.apply(OverflowPolicy.OVERWRITE).thenApply(seq -> null);
            case DISCARD_NEWEST -> add.apply(OverflowPolicy.FAIL).thenApply(seq -> null);
            case ERROR -> add.apply(OverflowPolicy.FAIL).thenApply(seq -> {
                if (seq == -1) {
                    throw new TopicOverloadException("reliable topic " + name + ": its ringbuffer " + ringbuffer.getName()
                            + " is full of messages within their time to live, and the overload policy is ERROR;"
                            + " publish later, or choose another policy");
                }
                return null;
            });
            case BLOCK -> {
                CompletableFuture<Void> done = new CompletableFuture<>();
                addBlocking(add, done, 1);
                yield done;
            }
        };
    }

    /** BLOCK: try again after 1, 2, 4 ... up to 2000 ms while the ringbuffer has no room. */
    private void addBlocking(java.util.function.Function<OverflowPolicy, CompletableFuture<Long>> add,
                             CompletableFuture<Void> done, long pauseMs) {
        add.apply(OverflowPolicy.FAIL).whenComplete((seq, e) -> {
            if (e != null) {
                done.completeExceptionally(e);
            } else if (seq == -1) {
                scheduler.schedule(() -> addBlocking(add, done, Math.min(pauseMs * 2, MAX_BACKOFF_MS)), pauseMs,
                        TimeUnit.MILLISECONDS);
            } else {
                done.complete(null);
            }
        });
    }

    @Override
    public UUID addMessageListener(MessageListener<E> listener) {
        checkNotNull(listener, "listener");
        ReliableMessageListener<E> reliable = listener instanceof ReliableMessageListener<E> r ? r : listener::onMessage;
        long initial = reliable.initialSequence();
        if (initial < -1) {
            throw new IllegalArgumentException("initialSequence() must be -1 (the next message) or a sequence, got "
                    + initial);
        }
        if (initial == -1) {
            initial = ringbuffer.tailSequence() + 1;
        }
        UUID id = UUID.randomUUID();
        ReliableListenerRunner<E> runner = new ReliableListenerRunner<>(name, reliable, initial, ringbuffer,
                config.readBatchSize(), lanes.apply("reliable topic " + name + " listener " + id), scheduler,
                this::toMessage, () -> runners.remove(id));
        runners.put(id, runner);
        runner.next();
        return id;
    }

    @Override
    public boolean removeMessageListener(UUID registrationId) {
        ReliableListenerRunner<E> runner = runners.remove(checkNotNull(registrationId, "registrationId"));
        if (runner == null) {
            return false;
        }
        runner.cancel();
        return true;
    }

    private Message<E> toMessage(ReliableTopicMessages.Decoded m) {
        E payload = context.serialization().toObject(m.payload());
        return new Message<>(name, payload, m.publishTime(), member(m.publisherHost(), m.publisherPort()));
    }

    private Member member(String host, int port) {
        if (host == null) {
            return null;
        }
        for (Member m : members.get()) {
            if (m.address().port() == port && m.address().host().equals(host)) {
                return m;
            }
        }
        return null;
    }

    /** For tests: listeners still reading. */
    public int runnerCount() {
        return runners.size();
    }

    /** The effective config (after name and pattern matching). */
    public ReliableTopicConfig config() {
        return config;
    }

    @Override
    public void destroy() {
        release();
        super.destroy();
        ringbuffer.destroy();
    }

    /** Stops the listeners; their lanes' thread goes with the client's event executor. */
    @Override
    public void release() {
        for (ReliableListenerRunner<E> runner : Set.copyOf(runners.values())) {
            runner.cancel();
        }
    }
}
