package io.hzclient.internal.topic;

import io.hzclient.ClientNotActiveException;
import io.hzclient.HzClientException;
import io.hzclient.RemoteException;
import io.hzclient.internal.invocation.Futures;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.ringbuffer.RingbufferCodec;
import io.hzclient.internal.ringbuffer.RingbufferCodec.ReadManyResponse;
import io.hzclient.internal.ringbuffer.RingbufferProxy;
import io.hzclient.internal.serialization.UnknownSchemaException;
import io.hzclient.ringbuffer.StaleSequenceException;
import io.hzclient.topic.Message;
import io.hzclient.topic.ReliableMessageListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One reliable topic listener's reading loop: read up to {@code batchSize} messages from its sequence (waiting on the
 * member for at least one), hand them to the listener in order on its own lane of the client's event executor, move
 * on, repeat. Each listener has its own loop and its own lane, so a slow one holds no one else back.
 *
 * <p>What ends or bends the loop:
 * <ul>
 *   <li>messages lost (the listener fell behind the head, so the member read from the head; or the ringbuffer lost
 *       its data and the sequence is past its tail): a loss-tolerant listener jumps ahead, any other is cancelled;</li>
 *   <li>the listener throws: cancelled if it says the error is terminal, else logged and the loop goes on;</li>
 *   <li>the connection fails or a call times out: read again after a short pause (the ringbuffer survives on its
 *       backup);</li>
 *   <li>the client shuts down, the topic is destroyed, or the member answers with an unexpected error: cancelled.</li>
 * </ul>
 */
final class ReliableListenerRunner<E> {
    private static final Logger LOG = LoggerFactory.getLogger(ReliableListenerRunner.class);
    private static final int DISTRIBUTED_OBJECT_DESTROYED = 14;
    private static final long RETRY_PAUSE_MS = 250;

    private final String topicName;
    private final ReliableMessageListener<E> listener;
    private final RingbufferProxy<?> ringbuffer;
    private final int batchSize;
    private final Executor executor;
    private final ScheduledExecutorService scheduler;
    private final Function<ReliableTopicMessages.Decoded, Message<E>> toMessage;
    private final Runnable onCancel;
    private volatile boolean cancelled;
    private volatile CompletableFuture<ClientMessage> pendingRead;
    private long sequence;

    ReliableListenerRunner(String topicName, ReliableMessageListener<E> listener, long initialSequence,
                           RingbufferProxy<?> ringbuffer, int batchSize, Executor executor,
                           ScheduledExecutorService scheduler,
                           Function<ReliableTopicMessages.Decoded, Message<E>> toMessage, Runnable onCancel) {
        this.topicName = topicName;
        this.listener = listener;
        this.sequence = initialSequence;
        this.ringbuffer = ringbuffer;
        this.batchSize = batchSize;
        this.executor = executor;
        this.scheduler = scheduler;
        this.toMessage = toMessage;
        this.onCancel = onCancel;
    }

    void next() {
        if (cancelled) {
            return;
        }
        try {
            CompletableFuture<ClientMessage> read = ringbuffer.readManyRaw(sequence, 1, batchSize, null);
            pendingRead = read;
            read.thenApply(RingbufferCodec::readManyResponse).whenCompleteAsync(this::onBatch, executor);
            if (cancelled) {
                read.cancel(false);
            }
        } catch (RuntimeException e) {
            onBatch(null, e);
        }
    }

    private void onBatch(ReadManyResponse batch, Throwable failure) {
        if (cancelled) {
            return;
        }
        if (failure != null) {
            onFailure(Futures.unwrapCause(failure));
            return;
        }
        long lost = batch.nextSeq() - batch.readCount() - sequence;
        if (lost > 0 && !listener.isLossTolerant()) {
            LOG.warn("Reliable topic {}: a listener fell {} messages behind the ringbuffer's head and is not loss"
                    + " tolerant; it is cancelled", topicName, lost);
            cancel();
            return;
        }
        deliver(batch, 0, null);
    }

    /**
     * Hands the batch's messages from index {@code from} on to the listener, then reads on. A message that cannot be
     * read goes to {@code isTerminal} as a listener's failure would; but one whose Compact schema this client lacks
     * first waits, without holding the lane's thread, for the schema to be fetched, and the batch goes on from it.
     */
    private void deliver(ReadManyResponse batch, int from, Long justFetched) {
        for (int i = from; i < batch.items().size(); i++) {
            if (cancelled) {
                return;
            }
            Message<E> message;
            try {
                message = toMessage.apply(ReliableTopicMessages.decode(batch.items().get(i)));
            } catch (Throwable t) {
                UnknownSchemaException unknown = UnknownSchemaException.in(t);
                if (unknown != null && !Long.valueOf(unknown.schemaId()).equals(justFetched)) {
                    deliverAfterFetch(batch, i, unknown);
                    return;
                }
                if (isTerminal(t)) {
                    cancel();
                    return;
                }
                continue;
            }
            justFetched = null;
            try {
                listener.storeSequence(batch.sequence(i));
                listener.onMessage(message);
            } catch (Throwable t) {
                if (isTerminal(t)) {
                    cancel();
                    return;
                }
            }
        }
        sequence = batch.nextSeq();
        next();
    }

    private void deliverAfterFetch(ReadManyResponse batch, int at, UnknownSchemaException unknown) {
        unknown.fetch().whenCompleteAsync((ok, failure) -> {
            if (cancelled) {
                return;
            }
            if (failure == null) {
                deliver(batch, at, unknown.schemaId());
            } else if (isTerminal(Futures.unwrapCause(failure))) {
                cancel();
            } else {
                deliver(batch, at + 1, null); // that message cannot be read: skipped, as any other such
            }
        }, executor);
    }

    private void onFailure(Throwable t) {
        if (t instanceof ClientNotActiveException) {
            cancel();
        } else if (t instanceof StaleSequenceException || t instanceof IllegalArgumentException) {
            onLoss(t);
        } else if (t instanceof RemoteException r) {
            if (r.getErrorCode() != DISTRIBUTED_OBJECT_DESTROYED) {
                LOG.warn("Reliable topic {}: a listener is cancelled after an unexpected error from the member", topicName, t);
            }
            cancel();
        } else if (t instanceof HzClientException) {
            LOG.debug("Reliable topic {}: reading failed ({}); reading again from {}", topicName, t.toString(), sequence);
            scheduler.schedule(this::next, RETRY_PAUSE_MS, TimeUnit.MILLISECONDS);
        } else {
            LOG.warn("Reliable topic {}: a listener is cancelled after an unexpected failure", topicName, t);
            cancel();
        }
    }

    /** The sequence is past the tail (the ringbuffer lost its data) or below the head: data was lost. */
    private void onLoss(Throwable t) {
        if (!listener.isLossTolerant()) {
            LOG.warn("Reliable topic {}: messages were lost ({}) and the listener is not loss tolerant; it is"
                    + " cancelled", topicName, t.getMessage());
            cancel();
            return;
        }
        ringbuffer.headSequenceAsync().whenCompleteAsync((head, e) -> {
            if (e != null) {
                onFailure(Futures.unwrapCause(e));
                return;
            }
            LOG.debug("Reliable topic {}: messages were lost; a loss-tolerant listener jumps from {} to {}",
                    topicName, sequence, head);
            sequence = head;
            next();
        }, executor);
    }

    private boolean isTerminal(Throwable failure) {
        try {
            if (listener.isTerminal(failure)) {
                LOG.warn("Reliable topic {}: a listener threw and says that is terminal; it is cancelled", topicName,
                        failure);
                return true;
            }
            LOG.warn("Reliable topic {}: a listener threw; it goes on with the next message", topicName, failure);
            return false;
        } catch (Throwable t) {
            LOG.warn("Reliable topic {}: a listener's isTerminal threw; it is cancelled", topicName, t);
            return true;
        }
    }

    void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        CompletableFuture<ClientMessage> read = pendingRead;
        if (read != null) {
            read.cancel(false); // the member may hold it until a message comes: not sent again after a reconnect
        }
        onCancel.run();
        try {
            listener.onCancel();
        } catch (RuntimeException e) {
            LOG.warn("Reliable topic {}: a listener's onCancel threw", topicName, e);
        }
    }

    boolean isCancelled() {
        return cancelled;
    }
}
