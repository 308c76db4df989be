package io.hzclient.list;

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
import java.util.ListIterator;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lists of real members, through every method of HzList, sync and async, and the java.util contracts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListIT {
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

    private HzList<String> list(String prefix) {
        return client.getList(TestCluster.uniqueName(prefix));
    }

    @Test
    void itemsKeepTheirOrderAndIndexesAndTheMemberSeesThem() {
        HzList<String> l = list("order");
        assertThat(l.add("a")).isTrue();
        assertThat(l.add("c")).isTrue();
        l.add(1, "b");
        assertThat(l.add("a")).as("duplicates are kept").isTrue();
        assertThat(cluster.member(1).getList(l.getName())).containsExactly("a", "b", "c", "a");
        assertThat(l.size()).isEqualTo(4);
        assertThat(l.get(1)).isEqualTo("b");
        assertThat(l.set(1, "B")).isEqualTo("b");
        assertThat(l.indexOf("a")).isZero();
        assertThat(l.lastIndexOf("a")).isEqualTo(3);
        assertThat(l.indexOf("z")).isEqualTo(-1);
        assertThat(l.lastIndexOf("z")).isEqualTo(-1);
        assertThat(l.remove(3)).isEqualTo("a");
        assertThat(l.remove("c")).isTrue();
        assertThat(l.remove("c")).isFalse();
        assertThat(l).containsExactly("a", "B");
        assertThat(l.contains("B")).isTrue();
        assertThat(l.isEmpty()).isFalse();
    }

    @Test
    void theAsyncFormsDoWhatTheSyncOnesDo() throws Exception {
        HzList<String> l = list("async");
        assertThat(l.addAsync("a").get()).isTrue();
        assertThat(l.addAsync("c").get()).isTrue();
        assertThat(l.addAsync(1, "b").get()).isNull();
        assertThat(l.getAsync(1).get()).isEqualTo("b");
        assertThat(l.setAsync(1, "B").get()).isEqualTo("b");
        assertThat(l.containsAsync("B").get()).isTrue();
        assertThat(l.sizeAsync().get()).isEqualTo(3);
        assertThat(l.removeAtAsync(0).get()).isEqualTo("a");
        assertThat(l.removeAsync("c").get()).isTrue();
        assertThat(l.removeAsync("c").get()).isFalse();
        assertThat(l).containsExactly("B");
        assertThatThrownBy(() -> l.getAsync(5).get()).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void bulkCallsWorkOnTheWholeList() {
        HzList<Integer> l = client.getList(TestCluster.uniqueName("bulk"));
        assertThat(l.addAll(List.of(1, 2, 5))).isTrue();
        assertThat(l.addAll(2, List.of(3, 4))).isTrue();
        assertThat(l.addAll(List.of())).isFalse();
        assertThat(l).containsExactly(1, 2, 3, 4, 5);
        assertThat(l.containsAll(List.of(1, 5))).isTrue();
        assertThat(l.containsAll(List.of(1, 6))).isFalse();
        assertThat(l.subList(1, 3)).containsExactly(2, 3);
        assertThatThrownBy(() -> l.subList(1, 3).add(9)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(l.removeAll(List.of(1, 9))).isTrue();
        assertThat(l.retainAll(List.of(2, 3, 4))).isTrue();
        assertThat(l.retainAll(List.of(2, 3, 4))).isFalse();
        assertThat(l.toArray()).containsExactly(2, 3, 4);
        assertThat(l.toArray(new Integer[0])).containsExactly(2, 3, 4);
        l.clear();
        assertThat(l.isEmpty()).isTrue();
    }

    @Test
    void iteratorsWalkACopyWithTheListsIndexes() {
        HzList<String> l = list("iterate");
        l.addAll(List.of("a", "b", "c"));
        Iterator<String> it = l.iterator();
        ListIterator<String> fromOne = l.listIterator(1);
        l.add("d");
        assertThat(it).toIterable().as("a copy: d came later").containsExactly("a", "b", "c");
        assertThat(fromOne.nextIndex()).isEqualTo(1);
        assertThat(fromOne.next()).isEqualTo("b");
        assertThat(fromOne.nextIndex()).isEqualTo(2);
        assertThat(fromOne.previousIndex()).isEqualTo(1);
        assertThat(fromOne.next()).isEqualTo("c");
        assertThat(fromOne.hasNext()).isFalse();
        assertThat(fromOne.previous()).isEqualTo("c");
        assertThatThrownBy(() -> fromOne.set("x")).isInstanceOf(UnsupportedOperationException.class);
        ListIterator<String> all = l.listIterator();
        assertThat(all.next()).isEqualTo("a");
        assertThat(all.nextIndex()).isEqualTo(1);
    }

    @Test
    void anIndexOutOfRangeThrowsIndexOutOfBoundsException() {
        HzList<String> l = list("bounds");
        l.add("a");
        assertThatThrownBy(() -> l.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> l.get(-1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> l.set(3, "x")).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> l.add(5, "x")).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> l.remove(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> l.addAll(4, List.of("x"))).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> l.subList(0, 5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> l.subList(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> l.listIterator(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(l).containsExactly("a");
    }

    @Test
    void nullItemsAreRefusedWithNullPointerException() {
        HzList<String> l = list("nulls");
        assertThatThrownBy(() -> l.add(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("item must not be null");
        assertThatThrownBy(() -> l.add(0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> l.set(0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> l.addAsync(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> l.contains(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> l.indexOf(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> l.lastIndexOf(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> l.remove(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> l.addAll(0, Arrays.asList("a", null))).isInstanceOf(NullPointerException.class);
        assertThat(l.isEmpty()).isTrue();
    }

    @Test
    void aDestroyedListComesBackEmpty() {
        String name = TestCluster.uniqueName("destroy");
        client.<String>getList(name).add("a");
        client.getList(name).destroy();
        assertThat(client.getList(name)).isEmpty();
    }
}
