package io.hzclient.set;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sets of real members, through every method of HzSet, sync and async, and the java.util contracts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SetIT {
    private TestCluster cluster;
    private HzClient client;

    @BeforeAll
    void start() {
        cluster = TestCluster.shared();
        client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build());
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.close();
        }
    }

    private HzSet<String> set(String prefix) {
        return client.getSet(TestCluster.uniqueName(prefix));
    }

    @Test
    void itemsAreHeldOnceAndTheMemberSeesThem() {
        HzSet<String> s = set("once");
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.add("a")).isTrue();
        assertThat(s.add("a")).isFalse();
        assertThat(s.add("b")).isTrue();
        assertThat(cluster.member(1).getSet(s.getName())).containsExactlyInAnyOrder("a", "b");
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.isEmpty()).isFalse();
        assertThat(s.contains("a")).isTrue();
        assertThat(s.contains("z")).isFalse();
        assertThat(s.remove("a")).isTrue();
        assertThat(s.remove("a")).isFalse();
        assertThat(s).containsExactly("b");
    }

    @Test
    void theAsyncFormsDoWhatTheSyncOnesDo() throws Exception {
        HzSet<String> s = set("async");
        assertThat(s.addAsync("a").get()).isTrue();
        assertThat(s.addAsync("a").get()).isFalse();
        assertThat(s.containsAsync("a").get()).isTrue();
        assertThat(s.containsAsync("b").get()).isFalse();
        assertThat(s.sizeAsync().get()).isEqualTo(1);
        assertThat(s.removeAsync("a").get()).isTrue();
        assertThat(s.removeAsync("a").get()).isFalse();
        assertThat(s.sizeAsync().get()).isZero();
    }

    @Test
    void bulkCallsWorkOnTheWholeSet() {
        HzSet<Integer> s = client.getSet(TestCluster.uniqueName("bulk"));
        assertThat(s.addAll(List.of(1, 2, 3, 4))).isTrue();
        assertThat(s.addAll(List.of(1, 2))).as("nothing new").isFalse();
        assertThat(s.addAll(List.of())).isFalse();
        assertThat(s.containsAll(List.of(1, 4))).isTrue();
        assertThat(s.containsAll(List.of(1, 5))).isFalse();
        assertThat(s.removeAll(List.of(1, 9))).isTrue();
        assertThat(s.removeAll(List.of(9))).isFalse();
        assertThat(s.retainAll(List.of(2, 3))).isTrue();
        assertThat(s.retainAll(List.of(2, 3))).isFalse();
        assertThat(s.toArray()).containsExactlyInAnyOrder(2, 3);
        assertThat(s.toArray(new Integer[0])).containsExactlyInAnyOrder(2, 3);
        Iterator<Integer> it = s.iterator();
        s.add(5);
        assertThat(it).toIterable().as("a copy: 5 came later").containsExactlyInAnyOrder(2, 3);
        assertThatThrownBy(() -> s.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        s.clear();
        assertThat(s.isEmpty()).isTrue();
    }

    @Test
    void nullItemsAreRefusedWithNullPointerException() {
        HzSet<String> s = set("nulls");
        assertThatThrownBy(() -> s.add(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("item must not be null");
        assertThatThrownBy(() -> s.addAsync(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> s.contains(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> s.remove(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> s.addAll(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> s.containsAll(null)).isInstanceOf(NullPointerException.class);
        assertThat(s.isEmpty()).isTrue();
    }

    @Test
    void aDestroyedSetComesBackEmpty() {
        String name = TestCluster.uniqueName("destroy");
        client.<String>getSet(name).add("a");
        client.getSet(name).destroy();
        assertThat(client.getSet(name)).isEmpty();
    }
}
