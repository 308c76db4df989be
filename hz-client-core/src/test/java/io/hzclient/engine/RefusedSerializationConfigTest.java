package io.hzclient.engine;

import io.hzclient.HzClient;
import io.hzclient.SerializationException;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.SerializationConfig;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.serialization.StreamSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The serializers are built on a thread of their own while the client starts; their errors still reach the caller. */
class RefusedSerializationConfigTest {

    @Test
    void twoSerializersWithOneTypeIdFailTheStartWithTheReasonAndLeaveNoClientThreads() {
        Set<String> before = clientThreads();
        ClientConfig config = ClientConfig.builder().clusterName("never-reached").addresses("127.0.0.1:1")
                .serialization(SerializationConfig.builder()
                        .serializer(First.class, new Fixed<>(77))
                        .serializer(Second.class, new Fixed<>(77))
                        .build())
                .build();

        assertThatThrownBy(() -> HzClient.newClient(config))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("type id 77 is used by two serializers");
        // the serializer builder's own thread ends by itself just after it failed
        assertEventually(Duration.ofSeconds(5), () -> assertThat(clientThreads()).isSubsetOf(before));
    }

    private static Set<String> clientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("hz.client") || n.contains("EventLoop"))
                .collect(java.util.stream.Collectors.toSet());
    }

    record First(int v) {
    }

    record Second(int v) {
    }

    private record Fixed<T>(int typeId) implements StreamSerializer<T> {
        @Override
        public void write(ObjectDataOutput out, T value) {
        }

        @Override
        public T read(ObjectDataInput in) {
            return null;
        }
    }
}
