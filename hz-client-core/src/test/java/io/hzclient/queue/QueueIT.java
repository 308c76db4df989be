package io.hzclient.queue;

import com.hazelcast.collection.IQueue;
import com.hazelcast.config.QueueConfig;
import io.hzclient.ClientNotActiveException;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Queues of real members, through every method of HzQueue, sync and async, and the java.util contracts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Short, so that a test can show that a waiting call outlives it. */
    private static final Duration INVOCATION_TIMEOUT = Duration.ofSeconds(2);
    private TestCluster cluster;
    private HzClient client;
    private HzClient other;

    @BeforeAll
    void start() {
        cluster = TestCluster.shared();
        cluster.member(0).getConfig().addQueueConfig(new QueueConfig("bounded3-*").setMaxSize(3));
        client = HzClient.newClient(config());
        other = HzClient.newClient(config());
    }

    private ClientConfig config() {
        return ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses())
                .invocationTimeout(INVOCATION_TIMEOUT).build();
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.close();
        }
        if (other != null) {
            other.close();
        }
    }

    private HzQueue<String> queue(String prefix) {
        return client.getQueue(TestCluster.uniqueName(prefix));
    }

    @Test
    void itemsComeOutInTheOrderTheyWentInAndTheMemberSeesThem() throws Exception {
        HzQueue<String> q = queue("fifo");
        assertThat(q.offer("a")).isTrue();
        assertThat(q.add("b")).isTrue();
        q.put("c");
        assertThat(q.offer("d", 1, TimeUnit.SECONDS)).isTrue();

        IQueue<Object> onMember = cluster.member(1).getQueue(q.getName());
        assertThat(onMember).containsExactly("a", "b", "c", "d");
        assertThat(q.size()).isEqualTo(4);
        assertThat(q.isEmpty()).isFalse();
        assertThat(q.peek()).isEqualTo("a");
        assertThat(q.element()).isEqualTo("a");
        assertThat(q.poll()).isEqualTo("a");
        assertThat(q.remove()).isEqualTo("b");
        assertThat(q.take()).isEqualTo("c");
        assertThat(q.poll(1, TimeUnit.SECONDS)).isEqualTo("d");
        assertThat(q.isEmpty()).isTrue();
        assertThat(q.poll()).isNull();
        assertThat(q.peek()).isNull();
        assertThat(q.remainingCapacity()).as("unbounded").isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void theAsyncFormsDoWhatTheSyncOnesDo() throws Exception {
        HzQueue<String> q = queue("async");
        assertThat(q.offerAsync("a").get()).isTrue();
        assertThat(q.offerAsync("b", 1, TimeUnit.SECONDS).get()).isTrue();
        assertThat(q.putAsync("c").get()).isNull();
        assertThat(q.sizeAsync().get()).isEqualTo(3);
        assertThat(q.containsAsync("b").get()).isTrue();
        assertThat(q.containsAsync("x").get()).isFalse();
        assertThat(q.peekAsync().get()).isEqualTo("a");
        assertThat(q.pollAsync().get()).isEqualTo("a");
        assertThat(q.takeAsync().get()).isEqualTo("b");
        assertThat(q.removeAsync("c").get()).isTrue();
        assertThat(q.removeAsync("c").get()).isFalse();
        assertThat(q.pollAsync().get()).isNull();
        assertThat(q.pollAsync(100, TimeUnit.MILLISECONDS).get()).isNull();
        assertThat(q.peekAsync().get()).isNull();
        CompletableFuture<String> waiting = q.pollAsync(30, TimeUnit.SECONDS);
        other.<String>getQueue(q.getName()).offer("late");
        assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo("late");
    }

    @Test
    void bulkCallsWorkOnTheWholeQueue() {
        HzQueue<String> q = queue("bulk");
        assertThat(q.addAll(List.of("a", "b", "c", "d", "b"))).isTrue();
        assertThat(q.addAll(List.of())).isFalse();
        assertThat(q.contains("c")).isTrue();
        assertThat(q.containsAll(List.of("a", "d"))).isTrue();
        assertThat(q.containsAll(List.of("a", "x"))).isFalse();
        assertThat(q.remove("b")).as("the first b").isTrue();
        assertThat(q.remove("x")).isFalse();
        assertThat(q).containsExactly("a", "c", "d", "b");
        assertThat(q.toArray()).containsExactly("a", "c", "d", "b");
        assertThat(q.toArray(new String[0])).containsExactly("a", "c", "d", "b");
        assertThat(q.removeAll(List.of("c", "x"))).isTrue();
        assertThat(q.removeAll(List.of("x"))).isFalse();
        assertThat(q.retainAll(List.of("a", "b"))).isTrue();
        assertThat(q.retainAll(List.of("a", "b"))).isFalse();
        assertThat(q).containsExactly("a", "b");
        q.clear();
        assertThat(q.size()).isZero();
    }

    @Test
    void drainToMovesItemsInOrderUpToTheMaximum() {
        HzQueue<Integer> q = client.getQueue(TestCluster.uniqueName("drain"));
        q.addAll(List.of(1, 2, 3, 4, 5));
        List<Integer> sink = new ArrayList<>();
        assertThat(q.drainTo(sink, 2)).isEqualTo(2);
        assertThat(q.drainTo(sink, 0)).isZero();
        assertThat(sink).containsExactly(1, 2);
        assertThat(q.drainTo(sink)).isEqualTo(3);
        assertThat(sink).containsExactly(1, 2, 3, 4, 5);
        assertThat(q.isEmpty()).isTrue();
        assertThat(q.drainTo(sink)).isZero();
        assertThatThrownBy(() -> q.drainTo(q)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> q.drainTo(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theIteratorWalksACopyTakenWhenItWasMade() {
        HzQueue<String> q = queue("iterate");
        q.addAll(List.of("a", "b"));
        Iterator<String> it = q.iterator();
        q.offer("c");
        assertThat(it.next()).isEqualTo("a");
        assertThat(it.next()).isEqualTo("b");
        assertThat(it.hasNext()).as("a copy: c came later").isFalse();
        assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullItemsAreRefusedWithNullPointerException() {
        HzQueue<String> q = queue("nulls");
        assertThatThrownBy(() -> q.offer(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("item must not be null");
        assertThatThrownBy(() -> q.add(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> q.put(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> q.offer(null, 1, TimeUnit.SECONDS)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> q.offerAsync(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> q.putAsync(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> q.contains(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> q.remove(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> q.addAll(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("an item in items");
        assertThatThrownBy(() -> q.addAll(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> q.poll(1, null)).isInstanceOf(NullPointerException.class);
        assertThat(q.size()).as("nothing was sent").isZero();
    }

    @Test
    void anEmptyQueueHasNoElementToGiveOrRemove() {
        HzQueue<String> q = queue("empty");
        assertThatThrownBy(q::element).isInstanceOf(NoSuchElementException.class).hasMessageContaining("empty");
        assertThatThrownBy(q::remove).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aFullBoundedQueueRefusesMoreAsEachMethodSays() throws Exception {
        HzQueue<String> q = client.getQueue(TestCluster.uniqueName("bounded3-full"));
        assertThat(q.remainingCapacity()).isEqualTo(3);
        assertThat(q.addAll(List.of("a", "b"))).isTrue();
        assertThat(q.remainingCapacity()).isEqualTo(1);
        assertThatThrownBy(() -> q.addAll(List.of("x", "y"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Queue full");
        assertThat(q.remainingCapacity()).as("none was added").isEqualTo(1);
        assertThat(q.add("c")).isTrue();
        assertThatThrownBy(() -> q.add("d")).isInstanceOf(IllegalStateException.class).hasMessageContaining("full");
        assertThat(q.offer("d")).isFalse();
        assertThat(q.offerAsync("d").get()).isFalse();
        long start = System.nanoTime();
        assertThat(q.offer("d", 300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("it waited").isGreaterThanOrEqualTo(250);
        assertThat(q.offerAsync("d", 100, TimeUnit.MILLISECONDS).get()).isFalse();
        assertThat(q).containsExactly("a", "b", "c");
    }

    @Test
    void aPutIntoAFullQueueWaitsForRoomAndThenAdds() throws Exception {
        HzQueue<String> q = client.getQueue(TestCluster.uniqueName("bounded3-put"));
        q.addAll(List.of("a", "b", "c"));
        CountDownLatch putting = new CountDownLatch(1);
        CompletableFuture<Void> put = CompletableFuture.runAsync(() -> {
            try {
                putting.countDown();
                q.put("d");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        CompletableFuture<Void> putAsync = q.putAsync("e");
        assertThat(putting.await(30, TimeUnit.SECONDS)).isTrue();
        // let both puts wait past the invocation timeout before making room: neither may have ended by then
        Thread.sleep(INVOCATION_TIMEOUT.toMillis() * 2);
        assertThat(put).as("a put into a full queue, past the invocation timeout").isNotDone();
        assertThat(putAsync).as("an async put into a full queue, past the invocation timeout").isNotDone();
        assertThat(other.<String>getQueue(q.getName()).poll()).isEqualTo("a");
        assertThat(other.<String>getQueue(q.getName()).poll()).isEqualTo("b");
        put.get(30, TimeUnit.SECONDS);
        putAsync.get(30, TimeUnit.SECONDS);
        assertThat(q).containsExactlyInAnyOrder("c", "d", "e");
    }

    @Test
    void aConsumerBlockedInTakeReceivesWhatAnotherClientOffersAfterTheInvocationTimeout() throws Exception {
        HzQueue<String> q = queue("take");
        CountDownLatch taking = new CountDownLatch(1);
        CompletableFuture<String> taken = CompletableFuture.supplyAsync(() -> {
            try {
                taking.countDown();
                return q.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(taking.await(30, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(INVOCATION_TIMEOUT.toMillis() * 2); // the take outlives the invocation timeout
        assertThat(taken).as("a take past the invocation timeout").isNotDone();
        other.<String>getQueue(q.getName()).offer("job-1");
        assertThat(taken.get(30, TimeUnit.SECONDS)).isEqualTo("job-1");
    }

    @Test
    void aPollWithATimeoutLongerThanTheInvocationTimeoutWaitsItsFullTime() throws Exception {
        HzQueue<String> q = queue("long-poll");
        long start = System.nanoTime();
        assertThat(q.poll(INVOCATION_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS)).isNull();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
                .isGreaterThanOrEqualTo(INVOCATION_TIMEOUT.toMillis() * 2 - 100);
    }

    @Test
    void anInterruptEndsAWaitingTakeWithInterruptedException() throws Exception {
        HzQueue<String> q = queue("interrupt");
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread taker = new Thread(() -> {
            try {
                outcome.set(new AssertionError("took " + q.take()));
            } catch (Throwable t) {
                outcome.set(t);
            } finally {
                done.countDown();
            }
        });
        taker.start();
        assertEventually(WAIT, () -> assertThat(taker.getState()).isIn(Thread.State.WAITING,
                Thread.State.TIMED_WAITING));
        taker.interrupt();
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(outcome.get()).isInstanceOf(InterruptedException.class);

        Thread.currentThread().interrupt();
        assertThatThrownBy(q::take).as("interrupted before: not even sent").isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).as("the status is cleared, as j.u.c. does").isFalse();
    }

    @Test
    void aWaitingTakeEndsWithClientNotActiveWhenTheClientShutsDown() throws Exception {
        HzClient closing = HzClient.newClient(config());
        HzQueue<String> q = closing.getQueue(TestCluster.uniqueName("closing"));
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread taker = new Thread(() -> {
            try {
                outcome.set(new AssertionError("took " + q.take()));
            } catch (Throwable t) {
                outcome.set(t);
            } finally {
                done.countDown();
            }
        });
        taker.start();
        CompletableFuture<String> takenAsync = q.takeAsync();
        assertEventually(WAIT, () -> assertThat(taker.getState()).isEqualTo(Thread.State.WAITING));
        closing.close();
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(outcome.get()).isInstanceOf(ClientNotActiveException.class);
        assertThatThrownBy(() -> takenAsync.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ClientNotActiveException.class);
        assertThatThrownBy(q::take).isInstanceOf(ClientNotActiveException.class);
    }

    @Test
    void aDestroyedQueueComesBackEmpty() {
        String name = TestCluster.uniqueName("destroy");
        HzQueue<String> q = client.getQueue(name);
        q.offer("a");
        q.destroy();
        assertThat(client.<String>getQueue(name).size()).isZero();
    }

    @Test
    void aNameWithAPartitionKeyLivesInThatKeysPartition() {
        String name = TestCluster.uniqueName("jobs") + "@tenant-7";
        HzQueue<String> q = client.getQueue(name);
        q.offer("x");
        assertThat(cluster.member(0).getQueue(name)).containsExactly("x");
        assertThat(cluster.member(0).getPartitionService().getPartition("tenant-7").getOwner().getUuid())
                .as("the owner of tenant-7's partition holds it")
                .isEqualTo(ownerOfQueue(name));
    }

    /** The member whose local stats count the queue's item as owned. */
    private java.util.UUID ownerOfQueue(String name) {
        for (int i = 0; i < cluster.size(); i++) {
            if (cluster.member(i).getQueue(name).getLocalQueueStats().getOwnedItemCount() == 1) {
                return cluster.member(i).getCluster().getLocalMember().getUuid();
            }
        }
        throw new AssertionError("no member owns queue " + name);
    }
}
