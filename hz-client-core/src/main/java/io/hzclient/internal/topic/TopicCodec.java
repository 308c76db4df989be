package io.hzclient.internal.topic;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;

import java.util.Collection;
import java.util.UUID;

/**
 * The Topic service's messages (service id 4). A topic lives on the owner of its name's partition: the calls go to
 * {@code routingKey}, the name's Data.
 */
final class TopicCodec {
    static final int TOPIC_EVENT = 0x040202;
    private static final int EVENT_PUBLISH_TIME = ClientMessage.REQUEST_HEADER_SIZE;
    private static final int EVENT_MEMBER = EVENT_PUBLISH_TIME + 8;

    private TopicCodec() {
    }

    static final Operation<Void> PUBLISH = Operation.of("Topic.Publish", Operation::nothing);
    static final Operation<Void> PUBLISH_ALL = Operation.of("Topic.PublishAll", Operation::nothing);

    static Call<Void> publish(String name, Data message, Data routingKey) {
        return Call.onKey(PUBLISH, MessageWriter.request(0x040100).string(name).data(message).build(), routingKey);
    }

    static ClientMessage addMessageListener(String name, boolean localOnly) {
        return MessageWriter.request(0x040200).fixBoolean(localOnly).string(name).build();
    }

    static ClientMessage removeMessageListener(String name, UUID registrationId) {
        return MessageWriter.request(0x040300).retryable().fixUuid(registrationId).string(name).build();
    }

    static Call<Void> publishAll(String name, Collection<Data> messages, Data routingKey) {
        return Call.onKey(PUBLISH_ALL, MessageWriter.request(0x040400).string(name).listData(messages).build(),
                routingKey);
    }

    static UUID uuidResponse(ClientMessage response) {
        return new MessageReader(response).fixUuid(ClientMessage.RESPONSE_HEADER_SIZE);
    }

    /** The Topic event: the message, when the member published it, and which member. */
    record TopicEvent(Data item, long publishTime, UUID member) {
    }

    static TopicEvent topicEvent(ClientMessage event) {
        MessageReader r = new MessageReader(event);
        long publishTime = r.fixLong(EVENT_PUBLISH_TIME);
        UUID member = r.fixUuid(EVENT_MEMBER);
        return new TopicEvent(r.data(), publishTime, member);
    }
}
