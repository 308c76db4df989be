package io.hzclient.internal.topic;

import com.hazelcast.cluster.Address;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import com.hazelcast.internal.serialization.impl.HeapData;
import com.hazelcast.topic.impl.reliable.ReliableTopicMessage;
import io.hzclient.internal.serialization.Data;
import org.junit.jupiter.api.Test;

import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

/** The ringbuffer item of a reliable topic, against the member's own serialization of ReliableTopicMessage. */
class ReliableTopicMessagesTest {
    private static final InternalSerializationService MEMBER = new DefaultSerializationServiceBuilder().build();

    @Test
    void whatAMemberWritesWeRead() throws UnknownHostException {
        com.hazelcast.internal.serialization.Data payload = MEMBER.toData("hello");
        ReliableTopicMessage message = new ReliableTopicMessage(payload, new Address("127.0.0.1", 5702));
        byte[] bytes = MEMBER.toData(message).toByteArray();

        ReliableTopicMessages.Decoded decoded = ReliableTopicMessages.decode(Data.of(bytes));

        assertThat(decoded.publishTime()).isEqualTo(message.getPublishTime());
        assertThat(decoded.publisherHost()).isEqualTo("127.0.0.1");
        assertThat(decoded.publisherPort()).isEqualTo(5702);
        assertThat(decoded.payload().toByteArray()).isEqualTo(payload.toByteArray());
    }

    @Test
    void whatWeWriteAMemberReads() {
        byte[] payload = MEMBER.toData("hello").toByteArray();
        Data item = ReliableTopicMessages.encode(1234567L, Data.of(payload));

        ReliableTopicMessage read = MEMBER.toObject(new HeapData(item.toByteArray()));

        assertThat(read.getPublishTime()).isEqualTo(1234567L);
        assertThat(read.getPublisherAddress()).isNull();
        assertThat(read.getPayload().toByteArray()).isEqualTo(payload);
        assertThat((Object) MEMBER.toObject(read.getPayload())).isEqualTo("hello");
    }

    @Test
    void ourBytesAreTheMembersForAMessageWithoutPublisher() {
        byte[] payload = MEMBER.toData(42).toByteArray();
        ReliableTopicMessage message = new ReliableTopicMessage(new HeapData(payload), null);
        byte[] members = MEMBER.toData(message).toByteArray();
        assertThat(ReliableTopicMessages.encode(message.getPublishTime(), Data.of(payload)).toByteArray())
                .isEqualTo(members);
    }
}
