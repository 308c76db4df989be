package io.hzclient.internal.topic;

import io.hzclient.Member;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Futures;
import io.hzclient.internal.listener.ListenerCodec;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.proxy.ProxyBase;
import io.hzclient.internal.invocation.SchemaFetchingDecoder;
import io.hzclient.internal.serialization.Data;
import io.hzclient.topic.Message;
import io.hzclient.topic.MessageListener;
import io.hzclient.topic.Topic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The client side of a plain topic. Publishes go to the owner of the partition of the topic's name (the member
 * that orders the topic's messages); listeners are registered through the listener service, which registers them
 * again on new connections and after reconnects.
 */
public final class TopicProxy<E> extends ProxyBase implements Topic<E> {
    public static final String SERVICE_NAME = "hz:impl:topicService";

    private final Function<UUID, Member> members;
    /** The topic's name as Data: the owner of its partition orders the topic's messages. */
    private final Data routingKey;

    /** {@code members} finds a member of the cluster view by its UUID (null if unknown). */
    public TopicProxy(String name, ClientContext context, Function<UUID, Member> members) {
        super(SERVICE_NAME, name, context);
        this.members = members;
        this.routingKey = context.serialization().toData(name);
    }


    @Override
    public void publish(E message) {
        publishCall(message).sync();
    }

    @Override
    public CompletableFuture<Void> publishAsync(E message) {
        return publishCall(message).async(context.userExecutor());
    }

    private Call<Void> publishCall(E message) {
        Data data = context.serialization().toData(checkNotNull(message, "message"));
        return context.invocations().invoke(TopicCodec.publish(name, data, routingKey));
    }

    @Override
    public void publishAll(Collection<? extends E> messages) {
        publishAllCall(messages).sync();
    }

    @Override
    public CompletableFuture<Void> publishAllAsync(Collection<? extends E> messages) {
        return publishAllCall(messages).async(context.userExecutor());
    }

    private Call<Void> publishAllCall(Collection<? extends E> messages) {
        checkNotNull(messages, "messages");
        List<Data> data = new ArrayList<>(messages.size());
        for (E m : messages) {
            data.add(context.serialization().toData(checkNotNull(m, "a message in messages")));
        }
        return context.invocations().invoke(TopicCodec.publishAll(name, data, routingKey));
    }

    @Override
    public UUID addMessageListener(MessageListener<E> listener) {
        checkNotNull(listener, "listener");
        return Futures.join(context.listeners().register(new Codec(), event -> onEvent(event, listener)));
    }

    private void onEvent(ClientMessage event, MessageListener<E> listener) {
        if (event.messageType() != TopicCodec.TOPIC_EVENT) {
            return; // an event type newer than this client
        }
        TopicCodec.TopicEvent e = TopicCodec.topicEvent(event);
        // on this listener's own lane, which may wait for a Compact schema to be fetched: its order holds
        E payload = SchemaFetchingDecoder.decodeWaiting(context.serialization()::toObject, e.item());
        listener.onMessage(new Message<>(name, payload, e.publishTime(), members.apply(e.member())));
    }

    @Override
    public boolean removeMessageListener(UUID registrationId) {
        return Futures.join(context.listeners().deregister(checkNotNull(registrationId, "registrationId")));
    }

    /** Topic.addMessageListener and removeMessageListener, for the listener service. */
    private final class Codec implements ListenerCodec {
        @Override
        public ClientMessage encodeAdd(boolean localOnly) {
            return TopicCodec.addMessageListener(name, localOnly);
        }

        @Override
        public UUID decodeAddResponse(ClientMessage response) {
            return TopicCodec.uuidResponse(response);
        }

        @Override
        public ClientMessage encodeRemove(UUID serverRegistrationId) {
            return TopicCodec.removeMessageListener(name, serverRegistrationId);
        }
    }
}
