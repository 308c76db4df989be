package io.hzclient.internal.invocation;

import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallRoutingTest {

    @Test
    void aCallSentToTheOwnerOfAKeyIsRoutedByThatKeysPartitionHash() {
        Data key = Data.of(new byte[]{0, 0, 0, 0, -1, -1, -1, -7, 0, 0, 0, 42}); // an int key
        Call<?> call = Call.onAnyMember(Operation.of("Map.KeySetWithPredicate", m -> m),
                MessageWriter.request(0x012600).build());
        assertThat(call.route().kind()).isEqualTo(Call.Route.Kind.ANY_MEMBER);

        assertThat(call.toOwnerOf(key)).isSameAs(call);
        assertThat(call.route().kind()).isEqualTo(Call.Route.Kind.KEY);
        assertThat(call.keyHash()).isEqualTo(key.partitionHash());
    }
}
