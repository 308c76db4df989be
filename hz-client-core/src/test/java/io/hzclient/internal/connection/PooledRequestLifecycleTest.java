package io.hzclient.internal.connection;

import io.hzclient.ClientNotActiveException;
import io.hzclient.OperationTimeoutException;
import io.hzclient.TargetDisconnectedException;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.MemberAddress;
import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.ClientInvocationService;
import io.hzclient.internal.invocation.ConnectionLookup;
import io.hzclient.internal.map.MapCodec;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.ClientMessageEncoder;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.Frame;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.DefaultSerializationService;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.ReferenceCounted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests built in reused arrays (plain map get and put) are released exactly once however their call ends:
 * answered (written through or queued), retried after a lost connection, failed, timed out, cancelled, or failed by
 * shutdown. Each request's reference count ends at 0 (not above: never released; not below: released twice), and
 * requests are used again (a request never released would never come back to be reused).
 */
class PooledRequestLifecycleTest {
    private static final int PARTITIONS = 271;

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final DefaultSerializationService serialization = new DefaultSerializationService(SerializationConfig.defaults());
    private final BlockingQueue<Long> received = new LinkedBlockingQueue<>();
    private final Set<ClientMessage> built = Collections.newSetFromMap(new IdentityHashMap<>());
    private volatile boolean active = true;
    /** What the next calls wait for before they go (the Compact schemas of their data, in the client); null: nothing. */
    private volatile CompletableFuture<Void> prerequisite;
    private ServerSocket server;
    private Socket peer;
    private Channel channel;
    private Connection connection;
    private ClientInvocationService invocations;
    private int callCount;

    @BeforeEach
    void connect() throws Exception {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
        channel = new Bootstrap().group(group).channelFactory(WriteThroughSocketChannel::new)
                .handler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(ClientMessageEncoder.INSTANCE);
                    }
                })
                .connect(server.getLocalSocketAddress()).sync().channel();
        peer = server.accept();
        Thread reader = new Thread(this::readRequests, "peer-reader");
        reader.setDaemon(true);
        reader.start();
        connection = new Connection(1, channel, new MemberAddress("127.0.0.1", server.getLocalPort()),
                new ClientCounters());
        connection.markRead(response(0)); // as if the member had answered: write-through on from now
        // long enough that answered calls never time out on a loaded machine, short enough to wait for the unanswered
        ClientConfig config = ClientConfig.builder().invocationTimeout(Duration.ofSeconds(4))
                .invocationRetryPause(Duration.ofMillis(10)).build();
        invocations = new ClientInvocationService(config, new OneConnection(), new Partitions(), scheduler,
                new ClientCounters(), request -> prerequisite);
    }

    @AfterEach
    void close() throws IOException {
        scheduler.shutdownNow();
        channel.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        peer.close();
        server.close();
    }

    @Test
    void everyRequestIsReleasedOnceHoweverItsCallEnds() throws Exception {
        // answered, in rounds of several calls: the first of a round is written through, the others queued
        for (int round = 0; round < 50; round++) {
            List<CompletableFuture<ClientMessage>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(i % 2 == 0 ? get("k" + i) : put("k" + i, "v" + round));
            }
            for (int i = 0; i < calls.size(); i++) {
                invocations.handleResponse(response(nextReceived()));
            }
            for (CompletableFuture<ClientMessage> call : calls) {
                assertThat(call.get(5, TimeUnit.SECONDS)).isNotNull();
            }
        }

        // a lost connection: a get (retryable) is sent again under a new id, a put fails
        for (int i = 0; i < 20; i++) {
            CompletableFuture<ClientMessage> get = get("r" + i);
            long first = nextReceived();
            CompletableFuture<ClientMessage> put = put("p" + i, "v");
            nextReceived();
            invocations.connectionClosed(connection, "test");
            long retry = nextReceived();
            assertThat(retry).isNotEqualTo(first);
            invocations.handleResponse(response(retry));
            assertThat(get.get(5, TimeUnit.SECONDS)).isNotNull();
            assertThat(put).failsWithin(Duration.ofSeconds(5)).withThrowableThat()
                    .withCauseInstanceOf(TargetDisconnectedException.class);
        }

        // cancelled, before or after they went out
        for (int i = 0; i < 20; i++) {
            CompletableFuture<ClientMessage> get = get("c" + i);
            assertThat(get.cancel(true)).isTrue();
            assertThat(get).isCancelled();
        }
        for (int i = 0; i < 20; i++) {
            nextReceived();
        }
        assertThat(received).as("each cancelled call went out once").isEmpty();

        // never answered: they time out
        List<CompletableFuture<ClientMessage>> unanswered = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            unanswered.add(i % 2 == 0 ? get("t" + i) : put("t" + i, "v"));
        }
        for (CompletableFuture<ClientMessage> call : unanswered) {
            assertThat(call).failsWithin(Duration.ofSeconds(10)).withThrowableThat()
                    .withCauseInstanceOf(OperationTimeoutException.class);
        }

        // in flight, or waiting to be sent again, when the client shuts down
        List<CompletableFuture<ClientMessage>> cut = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cut.add(get("s" + i));
        }
        invocations.connectionClosed(connection, "test: the gets wait to be sent again");
        for (int i = 0; i < 10; i++) {
            cut.add(put("s" + i, "v"));
        }
        active = false;
        invocations.shutdown();
        for (CompletableFuture<ClientMessage> call : cut) {
            assertThat(call).failsWithin(Duration.ofSeconds(5)).withThrowableThat()
                    .withCauseInstanceOf(ClientNotActiveException.class);
        }

        assertEventually(Duration.ofSeconds(10), () -> {
            synchronized (built) {
                assertThat(built).allSatisfy(r -> assertThat(((ReferenceCounted) r).refCnt())
                        .as("references left to %s", r).isZero());
            }
        });
        assertThat(built.size()).as("requests made for %d calls: the released ones were used again", callCount)
                .isLessThan(callCount / 4);
    }

    @Test
    void aCallWaitsUnsentForWhatItNeedsOnTheClusterAndFailsUnsentIfThatFails() throws Exception {
        CompletableFuture<Void> schemas = new CompletableFuture<>();
        prerequisite = schemas;
        CompletableFuture<ClientMessage> put = put("k", "v"); // returns at once: the invoking thread never waits
        prerequisite = null;
        CompletableFuture<ClientMessage> get = get("k");

        invocations.handleResponse(response(nextReceived())); // the get's: the put is held back
        assertThat(get.get(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(put).isNotDone();
        schemas.complete(null);
        invocations.handleResponse(response(nextReceived()));
        assertThat(put.get(5, TimeUnit.SECONDS)).isNotNull();

        prerequisite = CompletableFuture.failedFuture(new io.hzclient.SerializationException("schema refused"));
        CompletableFuture<ClientMessage> refused = put("k2", "v");
        prerequisite = null;
        assertThat(refused).failsWithin(Duration.ofSeconds(5)).withThrowableThat()
                .withCauseInstanceOf(io.hzclient.SerializationException.class).withMessageContaining("schema refused");
        CompletableFuture<ClientMessage> after = get("k2");
        invocations.handleResponse(response(nextReceived())); // the get's: the refused put never went out
        assertThat(after.get(5, TimeUnit.SECONDS)).isNotNull();

        assertEventually(Duration.ofSeconds(10), () -> {
            synchronized (built) {
                assertThat(built).allSatisfy(r -> assertThat(((ReferenceCounted) r).refCnt())
                        .as("references left to %s", r).isZero());
            }
        });
    }

    private CompletableFuture<ClientMessage> get(String key) {
        Call<Data> call = MapCodec.get("m", serialization.toData(key), 1);
        track(call.request());
        return invocations.invoke(call);
    }

    private CompletableFuture<ClientMessage> put(String key, String value) {
        Call<Data> call = MapCodec.put("m", serialization.toData(key), serialization.toData(value), 1, -1);
        track(call.request());
        return invocations.invoke(call);
    }

    private ClientMessage track(ClientMessage request) {
        assertThat(request.pooledWire()).as("a request in a reused array").isNotNull();
        synchronized (built) {
            built.add(request);
            callCount++;
        }
        return request;
    }

    private long nextReceived() throws InterruptedException {
        Long id = received.poll(5, TimeUnit.SECONDS);
        assertThat(id).as("a request reached the member").isNotNull();
        return id;
    }

    /** A response to the call with that correlation id: a get's or put's, with no value. */
    private static ClientMessage response(long correlationId) {
        byte[] initial = new byte[ClientMessage.RESPONSE_HEADER_SIZE];
        FixedSizes.writeInt(initial, 0, 0x010201);
        FixedSizes.writeLong(initial, ClientMessage.CORRELATION_ID_OFFSET, correlationId);
        return ClientMessage.of(new Frame(initial, Frame.UNFRAGMENTED), Frame.nullFrame());
    }

    /** The member's side: reads each request whole and reports its correlation id. */
    private void readRequests() {
        try {
            DataInputStream in = new DataInputStream(peer.getInputStream());
            byte[] header = new byte[Frame.HEADER_SIZE];
            long id = -1;
            boolean first = true;
            while (true) {
                in.readFully(header);
                int length = FixedSizes.readInt(header, 0);
                int flags = (header[4] & 0xFF) | (header[5] & 0xFF) << 8;
                byte[] content = new byte[length - Frame.HEADER_SIZE];
                in.readFully(content);
                if (first) {
                    id = FixedSizes.readLong(content, ClientMessage.CORRELATION_ID_OFFSET);
                }
                first = (flags & Frame.IS_FINAL) != 0;
                if (first) {
                    received.add(id);
                }
            }
        } catch (IOException e) {
            // closed at the end of the test
        }
    }

    private final class OneConnection implements ConnectionLookup {
        @Override
        public Connection connectionTo(UUID memberUuid) {
            return connection;
        }

        @Override
        public Connection anyConnection() {
            return connection;
        }

        @Override
        public boolean failFastWhenDisconnected() {
            return false;
        }

        @Override
        public boolean isClientActive() {
            return active;
        }
    }

    private static final class Partitions implements PartitionService {
        @Override
        public int partitionCount() {
            return PARTITIONS;
        }

        @Override
        public int partitionId(Data key) {
            return partitionIdForHash(key.partitionHash());
        }

        @Override
        public UUID owner(int partitionId) {
            return null;
        }
    }
}
