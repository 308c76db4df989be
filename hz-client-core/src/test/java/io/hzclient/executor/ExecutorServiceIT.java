package io.hzclient.executor;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import io.hzclient.HzClient;
import io.hzclient.Member;
import io.hzclient.MemberSelectors;
import io.hzclient.RemoteException;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.SerializationConfig;
import io.hzclient.map.HzMap;
import io.hzclient.serialization.CompactReader;
import io.hzclient.serialization.CompactSerializer;
import io.hzclient.serialization.CompactWriter;
import io.hzclient.serialization.IdentifiedDataSerializable;
import io.hzclient.serialization.Portable;
import io.hzclient.serialization.PortableReader;
import io.hzclient.serialization.PortableWriter;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The executor service on two data members and a lite member (attribute {@code role=worker}): tasks the members know
 * (IdentifiedDataSerializable, Portable or Compact, registered on the members) run on a key's owner, a chosen member, members picked by a
 * selector and all members, and say where they ran; a task's failure, a cancellation, and shutdown.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExecutorServiceIT {
    static final int FACTORY = 7101;
    static final int PORTABLE_FACTORY = 7102;
    static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(2, config -> {
        config.getSerializationConfig().addDataSerializableFactory(FACTORY, ExecutorServiceIT::memberTask);
        config.getSerializationConfig().getCompactSerializationConfig().addSerializer(new MemberGreetSerializer());
        config.getSerializationConfig().addPortableFactory(PORTABLE_FACTORY, id -> new MemberShout());
    });

    private HazelcastInstance lite;
    private HzClient client;

    static com.hazelcast.nio.serialization.IdentifiedDataSerializable memberTask(int classId) {
        return switch (classId) {
            case 1 -> new MemberWhoAmI();
            case 2 -> new MemberFail();
            case 3 -> new MemberMark();
            case 4 -> new MemberBlock();
            case 5 -> new MemberSleep();
            default -> null;
        };
    }

    // ---- the client's side of the tasks: their ids and fields only

    /** Returns the UUID of the member it runs on. */
    record WhoAmI() implements ClientTask {
        @Override
        public int getClassId() {
            return 1;
        }
    }

    /** Throws an ArithmeticException with this message. */
    record Fail(String message) implements ClientTask {
        @Override
        public int getClassId() {
            return 2;
        }

        @Override
        public void writeData(ObjectDataOutput out) {
            out.writeString(message);
        }
    }

    /** A Runnable: puts the UUID of the member it runs on into the map under the key, and under key:uuid. */
    record Mark(String map, String key) implements ClientTask {
        @Override
        public int getClassId() {
            return 3;
        }

        @Override
        public void writeData(ObjectDataOutput out) {
            out.writeString(map);
            out.writeString(key);
        }
    }

    /** Waits until interrupted (a minute at most). */
    record Block() implements ClientTask {
        @Override
        public int getClassId() {
            return 4;
        }
    }

    /** Sleeps that long, then returns "slept". */
    record Sleep(long millis) implements ClientTask {
        @Override
        public int getClassId() {
            return 5;
        }

        @Override
        public void writeData(ObjectDataOutput out) {
            out.writeLong(millis);
        }
    }

    interface ClientTask extends IdentifiedDataSerializable {
        @Override
        default int getFactoryId() {
            return FACTORY;
        }

        @Override
        default void writeData(ObjectDataOutput out) {
        }

        @Override
        default void readData(ObjectDataInput in) {
            throw new UnsupportedOperationException("the client only sends tasks");
        }
    }

    // ---- the members' side

    abstract static class MemberTask implements com.hazelcast.nio.serialization.IdentifiedDataSerializable,
            HazelcastInstanceAware {
        transient HazelcastInstance instance;

        @Override
        public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
            this.instance = hazelcastInstance;
        }

        String localUuid() {
            return instance.getCluster().getLocalMember().getUuid().toString();
        }

        @Override
        public int getFactoryId() {
            return FACTORY;
        }

        @Override
        public void writeData(com.hazelcast.nio.ObjectDataOutput out) throws IOException {
        }

        @Override
        public void readData(com.hazelcast.nio.ObjectDataInput in) throws IOException {
        }
    }

    static final class MemberWhoAmI extends MemberTask implements java.util.concurrent.Callable<String> {
        @Override
        public String call() {
            return localUuid();
        }

        @Override
        public int getClassId() {
            return 1;
        }
    }

    static final class MemberFail extends MemberTask implements java.util.concurrent.Callable<String> {
        private String message;

        @Override
        public String call() {
            throw new ArithmeticException(message);
        }

        @Override
        public int getClassId() {
            return 2;
        }

        @Override
        public void readData(com.hazelcast.nio.ObjectDataInput in) throws IOException {
            message = in.readString();
        }
    }

    static final class MemberMark extends MemberTask implements Runnable {
        private String map;
        private String key;

        @Override
        public void run() {
            instance.getMap(map).put(key, localUuid());
            instance.getMap(map).put(key + ":" + localUuid(), localUuid());
        }

        @Override
        public int getClassId() {
            return 3;
        }

        @Override
        public void readData(com.hazelcast.nio.ObjectDataInput in) throws IOException {
            map = in.readString();
            key = in.readString();
        }
    }

    static final class MemberSleep extends MemberTask implements java.util.concurrent.Callable<String> {
        private long millis;

        @Override
        public String call() throws InterruptedException {
            Thread.sleep(millis);
            return "slept";
        }

        @Override
        public int getClassId() {
            return 5;
        }

        @Override
        public void readData(com.hazelcast.nio.ObjectDataInput in) throws IOException {
            millis = in.readLong();
        }
    }

    /** In-JVM members: the test sees what the task saw. */
    static final CountDownLatch BLOCK_STARTED = new CountDownLatch(1);
    static final CountDownLatch BLOCK_INTERRUPTED = new CountDownLatch(1);

    static final class MemberBlock extends MemberTask implements java.util.concurrent.Callable<String> {
        @Override
        public String call() throws InterruptedException {
            BLOCK_STARTED.countDown();
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(1));
            } catch (InterruptedException e) {
                BLOCK_INTERRUPTED.countDown();
                throw e;
            }
            return "not interrupted";
        }

        @Override
        public int getClassId() {
            return 4;
        }
    }

    /** A Compact task, by type name {@code greet-task}: returns "hello, NAME". */
    record Greet(String name) {
    }

    static final class MemberGreet implements java.util.concurrent.Callable<String> {
        final String name;

        MemberGreet(String name) {
            this.name = name;
        }

        @Override
        public String call() {
            return "hello, " + name;
        }
    }

    static final class MemberGreetSerializer
            implements com.hazelcast.nio.serialization.compact.CompactSerializer<MemberGreet> {
        @Override
        public MemberGreet read(com.hazelcast.nio.serialization.compact.CompactReader reader) {
            return new MemberGreet(reader.readString("name"));
        }

        @Override
        public void write(com.hazelcast.nio.serialization.compact.CompactWriter writer, MemberGreet object) {
            writer.writeString("name", object.name);
        }

        @Override
        public String getTypeName() {
            return "greet-task";
        }

        @Override
        public Class<MemberGreet> getCompactClass() {
            return MemberGreet.class;
        }
    }

    /** A Portable task: returns its text in upper case. */
    static final class Shout implements Portable {
        private final String text;

        Shout(String text) {
            this.text = text;
        }

        @Override
        public int getFactoryId() {
            return PORTABLE_FACTORY;
        }

        @Override
        public int getClassId() {
            return 1;
        }

        @Override
        public void writePortable(PortableWriter writer) {
            writer.writeString("text", text);
        }

        @Override
        public void readPortable(PortableReader reader) {
            throw new UnsupportedOperationException("the client only sends tasks");
        }
    }

    static final class MemberShout implements com.hazelcast.nio.serialization.Portable,
            java.util.concurrent.Callable<String> {
        private String text;

        @Override
        public String call() {
            return text.toUpperCase(java.util.Locale.ROOT);
        }

        @Override
        public int getFactoryId() {
            return PORTABLE_FACTORY;
        }

        @Override
        public int getClassId() {
            return 1;
        }

        @Override
        public void writePortable(com.hazelcast.nio.serialization.PortableWriter writer) throws IOException {
            writer.writeString("text", text);
        }

        @Override
        public void readPortable(com.hazelcast.nio.serialization.PortableReader reader) throws IOException {
            text = reader.readString("text");
        }
    }

    static final class GreetSerializer implements CompactSerializer<Greet> {
        @Override
        public Class<Greet> getCompactClass() {
            return Greet.class;
        }

        @Override
        public String getTypeName() {
            return "greet-task";
        }

        @Override
        public void write(CompactWriter writer, Greet value) {
            writer.writeString("name", value.name());
        }

        @Override
        public Greet read(CompactReader reader) {
            return new Greet(reader.readString("name"));
        }
    }

    @BeforeAll
    void start() {
        TestCluster cluster = CLUSTER.cluster();
        lite = cluster.addMember(c -> c.setLiteMember(true).getMemberAttributeConfig().setAttribute("role", "worker"));
        client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses())
                .serialization(SerializationConfig.builder().compactSerializer(new GreetSerializer()).build()).build());
        assertEventually(WAIT, () -> assertThat(client.getCluster().getMembers()).hasSize(3));
    }

    @AfterAll
    void close() {
        if (client != null) {
            client.close();
        }
        if (lite != null) {
            lite.shutdown();
        }
    }

    private static String uuidOf(HazelcastInstance member) {
        return member.getCluster().getLocalMember().getUuid().toString();
    }

    @Test
    void aTaskRunsOnTheOwnerOfItsKey() throws Exception {
        HzExecutorService executor = client.getExecutorService(TestCluster.uniqueName("exec"));
        for (int i = 0; i < 20; i++) {
            String key = "key-" + i;
            UUID owner = CLUSTER.cluster().member(0).getPartitionService().getPartition(key).getOwner().getUuid();
            String ranOn = executor.<String>submitToKeyOwner(new WhoAmI(), key).get(30, TimeUnit.SECONDS);
            assertThat(ranOn).as("where the task for %s ran", key).isEqualTo(owner.toString());
        }
    }

    @Test
    void executeOnKeyOwnerRunsARunnableThere() {
        HzExecutorService executor = client.getExecutorService(TestCluster.uniqueName("exec"));
        String mapName = TestCluster.uniqueName("marks");
        HzMap<String, String> marks = client.getMap(mapName);
        Set<String> owners = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            String key = "k" + i;
            owners.add(CLUSTER.cluster().member(0).getPartitionService().getPartition(key).getOwner().getUuid()
                    .toString());
            executor.executeOnKeyOwner(new Mark(mapName, key), key);
        }
        assertEventually(WAIT, () -> {
            for (int i = 0; i < 10; i++) {
                String key = "k" + i;
                assertThat(marks.get(key)).as(key).isEqualTo(
                        CLUSTER.cluster().member(0).getPartitionService().getPartition(key).getOwner().getUuid()
                                .toString());
            }
        });
        assertThat(owners).as("the keys spread over both data members").hasSize(2);
    }

    @Test
    void aRunnableSubmittedCompletesWithNull() throws Exception {
        HzExecutorService executor = client.getExecutorService(TestCluster.uniqueName("exec"));
        String mapName = TestCluster.uniqueName("marks");
        Object result = executor.submit(new Mark(mapName, "any")).get(30, TimeUnit.SECONDS);
        assertThat(result).isNull();
        assertThat(client.<String, String>getMap(mapName).get("any"))
                .as("submit(task) goes to a partition owner: a data member")
                .isIn(uuidOf(CLUSTER.cluster().member(0)), uuidOf(CLUSTER.cluster().member(1)));
    }

    @Test
    void aTaskRunsOnTheChosenMember() throws Exception {
        HzExecutorService executor = client.getExecutorService(TestCluster.uniqueName("exec"));
        for (Member m : client.getCluster().getMembers()) {
            assertThat(executor.<String>submitToMember(new WhoAmI(), m).get(30, TimeUnit.SECONDS))
                    .isEqualTo(m.uuid().toString());
        }
        String mapName = TestCluster.uniqueName("marks");
        Member liteMember = client.getCluster().getMembers(MemberSelectors.liteMembers()).iterator().next();
        executor.executeOnMember(new Mark(mapName, "lite"), liteMember);
        assertEventually(WAIT, () -> assertThat(client.<String, String>getMap(mapName).get("lite"))
                .isEqualTo(uuidOf(lite)));
    }

    @Test
    void selectorsPickTheMembersThatRunTheTask() throws Exception {
        HzExecutorService executor = client.getExecutorService(TestCluster.uniqueName("exec"));
        Map<Member, CompletableFuture<String>> onData = executor.submitToMembers(new WhoAmI(),
                MemberSelectors.dataMembers());
        assertThat(onData).hasSize(2);
        for (Map.Entry<Member, CompletableFuture<String>> e : onData.entrySet()) {
            assertThat(e.getKey().isLiteMember()).isFalse();
            assertThat(e.getValue().get(30, TimeUnit.SECONDS)).isEqualTo(e.getKey().uuid().toString());
        }

        Map<Member, CompletableFuture<String>> onWorkers = executor.submitToMembers(new WhoAmI(),
                MemberSelectors.withAttribute("role", "worker"));
        assertThat(onWorkers).hasSize(1);
        assertThat(onWorkers.values().iterator().next().get(30, TimeUnit.SECONDS)).isEqualTo(uuidOf(lite));

        for (int i = 0; i < 5; i++) {
            assertThat(executor.<String>submit(new WhoAmI(), MemberSelectors.liteMembers()).get(30, TimeUnit.SECONDS))
                    .as("one member among those selected: the lite member").isEqualTo(uuidOf(lite));
        }

        String mapName = TestCluster.uniqueName("marks");
        executor.execute(new Mark(mapName, "worker"), MemberSelectors.withAttribute("role", "worker"));
        executor.executeOnMembers(new Mark(mapName, "data"), m -> !m.isLiteMember() && m.uuid().toString()
                .equals(uuidOf(CLUSTER.cluster().member(1))));
        assertEventually(WAIT, () -> {
            assertThat(client.<String, String>getMap(mapName).get("worker")).isEqualTo(uuidOf(lite));
            assertThat(client.<String, String>getMap(mapName).get("data")).isEqualTo(uuidOf(CLUSTER.cluster()
                    .member(1)));
        });

        assertThatThrownBy(() -> executor.submit(new WhoAmI(), MemberSelectors.withAttribute("role", "none")))
                .isInstanceOf(RejectedExecutionException.class).hasMessageContaining("selects none");
        assertThatThrownBy(() -> executor.submitToMembers(new WhoAmI(), m -> false))
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void aTaskRunsOnEveryMember() throws Exception {
        HzExecutorService executor = client.getExecutorService(TestCluster.uniqueName("exec"));
        Map<Member, CompletableFuture<String>> all = executor.submitToAllMembers(new WhoAmI());
        assertThat(all.keySet()).isEqualTo(client.getCluster().getMembers());
        Set<String> ranOn = new HashSet<>();
        for (Map.Entry<Member, CompletableFuture<String>> e : all.entrySet()) {
            String uuid = e.getValue().get(30, TimeUnit.SECONDS);
            assertThat(uuid).isEqualTo(e.getKey().uuid().toString());
            ranOn.add(uuid);
        }
        assertThat(ranOn).containsExactlyInAnyOrder(uuidOf(CLUSTER.cluster().member(0)),
                uuidOf(CLUSTER.cluster().member(1)), uuidOf(lite));

        String mapName = TestCluster.uniqueName("marks");
        executor.executeOnAllMembers(new Mark(mapName, "all"));
        HzMap<String, String> marks = client.getMap(mapName);
        assertEventually(WAIT, () -> assertThat(marks.keySet()).containsExactlyInAnyOrder("all",
                "all:" + uuidOf(CLUSTER.cluster().member(0)), "all:" + uuidOf(CLUSTER.cluster().member(1)),
                "all:" + uuidOf(lite)));
    }

    @Test
    void compactAndPortableTasksRunToo() throws Exception {
        HzExecutorService executor = client.getExecutorService(TestCluster.uniqueName("exec"));
        assertThat(executor.<String>submitToKeyOwner(new Greet("ada"), "k").get(30, TimeUnit.SECONDS))
                .isEqualTo("hello, ada");
        Member liteMember = client.getCluster().getMembers(MemberSelectors.liteMembers()).iterator().next();
        assertThat(executor.<String>submitToMember(new Greet("bob"), liteMember).get(30, TimeUnit.SECONDS))
                .isEqualTo("hello, bob");
        assertThat(executor.<String>submit(new Shout("quiet")).get(30, TimeUnit.SECONDS)).isEqualTo("QUIET");
    }

    @Test
    void aTaskMayRunLongerThanTheInvocationTimeout() throws Exception {
        TestCluster cluster = CLUSTER.cluster();
        try (HzClient impatient = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).invocationTimeout(Duration.ofMillis(500)).build())) {
            HzExecutorService executor = impatient.getExecutorService(TestCluster.uniqueName("exec"));
            assertThat(executor.<String>submitToKeyOwner(new Sleep(2500), "k").get(30, TimeUnit.SECONDS))
                    .isEqualTo("slept");
            Member member = impatient.getCluster().getMembers().iterator().next();
            assertThat(executor.<String>submitToMember(new Sleep(2500), member).get(30, TimeUnit.SECONDS))
                    .isEqualTo("slept");
        }
    }

    @Test
    void aFailingTaskFailsItsFutureWithTheMembersError() {
        HzExecutorService executor = client.getExecutorService(TestCluster.uniqueName("exec"));
        Member member = client.getCluster().getMembers().iterator().next();
        for (CompletableFuture<String> f : java.util.List.<CompletableFuture<String>>of(
                executor.submitToKeyOwner(new Fail("no luck"), "k"), executor.submitToMember(new Fail("no luck"),
                        member))) {
            assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(RemoteException.class).hasMessageContaining("no luck")
                    .satisfies(e -> assertThat(((RemoteException) e).getServerClassName())
                            .isEqualTo("java.lang.ArithmeticException"));
        }
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsSent() {
        HzExecutorService executor = client.getExecutorService(TestCluster.uniqueName("exec"));
        Member stranger = new Member(UUID.randomUUID(), client.getCluster().getMembers().iterator().next().address(),
                false, Map.of(), "5.4.0");
        assertThatThrownBy(() -> executor.submit(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("task");
        assertThatThrownBy(() -> executor.submitToKeyOwner(new WhoAmI(), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> executor.submitToMember(new WhoAmI(), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("member");
        assertThatThrownBy(() -> executor.submitToMembers(new WhoAmI(), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("selector");
        assertThatThrownBy(() -> executor.submitToMember(new WhoAmI(), stranger))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the cluster");
    }

    @Test
    void cancellingTheFutureInterruptsTheTaskOnTheMember() throws Exception {
        HzExecutorService executor = client.getExecutorService(TestCluster.uniqueName("exec"));
        Member member = client.getCluster().getMembers(MemberSelectors.dataMembers()).iterator().next();
        CompletableFuture<String> f = executor.submitToMember(new Block(), member);
        assertThat(BLOCK_STARTED.await(30, TimeUnit.SECONDS)).as("the task started").isTrue();
        assertThat(f.cancel(true)).isTrue();
        assertThat(BLOCK_INTERRUPTED.await(30, TimeUnit.SECONDS)).as("the task was interrupted on the member")
                .isTrue();
        assertThatThrownBy(f::join).isInstanceOf(CancellationException.class);
    }

    @Test
    void afterShutdownTheMembersRefuseTasks() throws Exception {
        String name = TestCluster.uniqueName("exec");
        HzExecutorService executor = client.getExecutorService(name);
        assertThat(client.getExecutorService(name)).as("one proxy per name").isSameAs(executor);
        assertThat(executor.isShutdown()).isFalse();
        assertThat(executor.<String>submit(new WhoAmI()).get(30, TimeUnit.SECONDS)).isNotNull();

        executor.shutdown();
        assertThat(executor.isShutdown()).isTrue();
        assertThat(executor.isShutdownAsync().get(30, TimeUnit.SECONDS)).isTrue();
        executor.shutdownAsync().get(30, TimeUnit.SECONDS); // again: no effect, no error
        Member member = client.getCluster().getMembers().iterator().next();
        assertThatThrownBy(() -> executor.submit(new WhoAmI())).isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("shut down");
        assertThatThrownBy(() -> executor.submitToMember(new WhoAmI(), member))
                .isInstanceOf(RejectedExecutionException.class);
        assertThatThrownBy(() -> executor.executeOnAllMembers(new WhoAmI()))
                .isInstanceOf(RejectedExecutionException.class);
        try (HzClient second = HzClient.newClient(ClientConfig.builder().clusterName(CLUSTER.cluster().clusterName())
                .addresses(CLUSTER.cluster().addresses()).build())) {
            assertThat(second.getExecutorService(name).isShutdown()).as("as another client sees it").isTrue();
        }
        assertThat(client.getExecutorService(TestCluster.uniqueName("exec")).isShutdown())
                .as("another executor is not shut down").isFalse();
    }

    @Test
    void aDestroyedExecutorGetsANewProxy() {
        String name = TestCluster.uniqueName("exec");
        HzExecutorService executor = client.getExecutorService(name);
        executor.destroy();
        assertThat(client.getExecutorService(name)).isNotSameAs(executor);
    }
}
