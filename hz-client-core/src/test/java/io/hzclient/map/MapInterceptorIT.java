package io.hzclient.map;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.serialization.IdentifiedDataSerializable;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Interceptors on real members: one added by the client changes every client's reads and writes of its map, and
 * stops when removed.
 */
class MapInterceptorIT {
    static final int FACTORY = 7101;

    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(2, config -> config
            .getSerializationConfig().addDataSerializableFactory(FACTORY, id -> new MemberSuffixInterceptor()));

    /** The client's side of the interceptor: its ids and its field. */
    record Suffix(String suffix) implements IdentifiedDataSerializable {
        @Override
        public int getFactoryId() {
            return FACTORY;
        }

        @Override
        public int getClassId() {
            return 1;
        }

        @Override
        public void writeData(ObjectDataOutput out) {
            out.writeString(suffix);
        }

        @Override
        public void readData(ObjectDataInput in) {
            throw new UnsupportedOperationException();
        }
    }

    /** The member's side: appends its suffix to every value put, and reads values in upper case. */
    static final class MemberSuffixInterceptor implements com.hazelcast.map.MapInterceptor,
            com.hazelcast.nio.serialization.IdentifiedDataSerializable {
        private String suffix;

        @Override
        public Object interceptGet(Object value) {
            return value == null ? null : value.toString().toUpperCase();
        }

        @Override
        public void afterGet(Object value) {
        }

        @Override
        public Object interceptPut(Object oldValue, Object newValue) {
            return newValue + suffix;
        }

        @Override
        public void afterPut(Object value) {
        }

        @Override
        public Object interceptRemove(Object removedValue) {
            return null; // the removal goes ahead unchanged
        }

        @Override
        public void afterRemove(Object oldValue) {
        }

        @Override
        public int getFactoryId() {
            return FACTORY;
        }

        @Override
        public int getClassId() {
            return 1;
        }

        @Override
        public void writeData(com.hazelcast.nio.ObjectDataOutput out) throws IOException {
            out.writeString(suffix);
        }

        @Override
        public void readData(com.hazelcast.nio.ObjectDataInput in) throws IOException {
            suffix = in.readString();
        }
    }

    private static HzClient newClient() {
        TestCluster cluster = CLUSTER.cluster();
        return HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build());
    }

    @Test
    void anInterceptorChangesEveryClientsReadsAndWritesUntilItIsRemoved() {
        String name = TestCluster.uniqueName("intercepted");
        try (HzClient client = newClient(); HzClient other = newClient()) {
            HzMap<String, String> map = client.getMap(name);
            HzMap<String, String> seenByOther = other.getMap(name);

            String id = map.addInterceptor(new Suffix("!"));
            map.put("k", "v");
            seenByOther.put("j", "w");

            assertThat(map.get("k")).isEqualTo("V!");
            assertThat(seenByOther.get("j")).isEqualTo("W!");
            assertThat(map.get("missing")).isNull();

            assertThat(map.removeInterceptor(id)).isTrue();
            map.put("after", "x");
            assertThat(seenByOther.get("after")).isEqualTo("x");
            assertThat(map.get("k")).as("what was written while it ran stays").isEqualTo("v!");
            assertThat(map.removeInterceptorAsync(id).join()).as("already removed").isFalse();
        }
    }

    @Test
    void theAsyncFormAddsToo() {
        String name = TestCluster.uniqueName("intercepted");
        try (HzClient client = newClient()) {
            HzMap<String, String> map = client.getMap(name);
            String id = map.addInterceptorAsync(new Suffix("?")).join();
            map.put("k", "v");
            assertThat(map.get("k")).isEqualTo("V?");
            assertThat(map.removeInterceptor(id)).isTrue();
        }
    }

    @Test
    void aNullInterceptorOrIdIsRefused() {
        try (HzClient client = newClient()) {
            HzMap<String, String> map = client.getMap(TestCluster.uniqueName("intercepted"));
            assertThatThrownBy(() -> map.addInterceptor(null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("interceptor");
            assertThatThrownBy(() -> map.removeInterceptor(null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("id");
        }
    }
}
