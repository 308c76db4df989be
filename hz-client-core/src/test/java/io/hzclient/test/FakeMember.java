package io.hzclient.test;

import com.hazelcast.client.impl.protocol.ClientMessageWriter;
import com.hazelcast.client.impl.protocol.codec.ClientAddClusterViewListenerCodec;
import com.hazelcast.client.impl.protocol.codec.ClientAuthenticationCodec;
import com.hazelcast.client.impl.protocol.codec.ClientAuthenticationCustomCodec;
import com.hazelcast.client.impl.protocol.codec.ClientCreateProxyCodec;
import com.hazelcast.client.impl.protocol.codec.ClientLocalBackupListenerCodec;
import com.hazelcast.client.impl.protocol.codec.ClientPingCodec;
import com.hazelcast.client.impl.protocol.codec.ClientTriggerPartitionAssignmentCodec;
import com.hazelcast.client.impl.protocol.util.ClientMessageSplitter;
import com.hazelcast.cluster.Address;
import com.hazelcast.internal.cluster.MemberInfo;
import com.hazelcast.version.MemberVersion;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.Frame;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A one-member "cluster" that speaks just enough protocol for a client to connect, then misbehaves as told: for fault
 * tests that need an authenticated connection first (invocation timeouts, garbage after the handshake, heartbeat loss).
 *
 * <p>It reads the {@code CP2} preamble and whole messages, and answers by itself: {@code Client.authentication}
 * and {@code Client.authenticationCustom} (status 0 for its cluster name and credentials its
 * {@link Builder#credentialsCheck credentials check} accepts, 1 otherwise; by default itself as the only member, owning all 271 partitions:
 * {@link Builder#partitionCount}, {@link Builder#ownedPartitions} and {@link Builder#members} make it announce
 * something else, bad announcements included),
 * {@code Client.addClusterViewListener} (response, then a MembersView and a PartitionsView event),
 * {@code Client.ping} (unless {@link Builder#answerPings(boolean) answerPings(false)}), {@code Client.createProxy}
 * (unless {@link Builder#answerCreateProxy(boolean) answerCreateProxy(false)}),
 * {@code Client.localBackupListener} and {@code Client.triggerPartitionAssignment}. Every other request goes to
 * the {@link RequestHandler}, which by default never answers. Replies are encoded with the member jar's own codecs (test scope), so they are the real bytes.
 *
 * <pre>
 * try (FakeMember member = FakeMember.builder().onRequest(FakeMember.garbage()).start()) {
 *     client config: member.clusterName(), member.address() ...
 * }
 * </pre>
 */
public final class FakeMember implements AutoCloseable {
    public static final int PARTITION_COUNT = 271;
    private static final int AUTHENTICATION = 0x000100;
    private static final int AUTHENTICATION_CUSTOM = 0x000200;
    private static final int ADD_CLUSTER_VIEW_LISTENER = 0x000300;
    private static final int CREATE_PROXY = 0x000400;
    private static final int PING = 0x000B00;
    private static final int LOCAL_BACKUP_LISTENER = 0x000F00;
    private static final int TRIGGER_PARTITION_ASSIGNMENT = 0x001000;

    /** What the fake member does with a request it does not answer by itself. */
    @FunctionalInterface
    public interface RequestHandler {
        void handle(ClientMessage request, Replies replies) throws IOException;
    }

    /** The way back to the client on one connection. */
    public interface Replies {
        /** Sends a message of the member jar's codecs, with the correlation id of {@code request}. */
        void reply(ClientMessage request, com.hazelcast.client.impl.protocol.ClientMessage response) throws IOException;

        /**
         * Like {@link #reply}, but split into fragments of at most {@code maxFrameSize} bytes each, by the member jar's
         * own splitter: what a member does with a large message.
         */
        void replyInFragments(ClientMessage request, com.hazelcast.client.impl.protocol.ClientMessage response,
                              int maxFrameSize) throws IOException;

        /** Sends raw bytes. */
        void send(byte[] bytes) throws IOException;

        /** Closes the connection. */
        void close() throws IOException;
    }

    private final String clusterName;
    private final UUID memberUuid = UUID.randomUUID();
    private final UUID clusterId = UUID.randomUUID();
    private final boolean answerPings;
    private final boolean answerCreateProxy;
    private final int partitionCount;
    private final List<Integer> ownedPartitions;
    private final Function<FakeMember, List<MemberInfo>> members;
    private final RequestHandler handler;
    private final Predicate<ClientMessage> credentialsCheck;
    private final List<ClientMessage> requests = new CopyOnWriteArrayList<>();
    private final FakeServer server;

    private FakeMember(Builder builder) {
        this.clusterName = builder.clusterName;
        this.answerPings = builder.answerPings;
        this.answerCreateProxy = builder.answerCreateProxy;
        this.partitionCount = builder.partitionCount;
        this.ownedPartitions = builder.ownedPartitions != null ? builder.ownedPartitions
                : IntStream.range(0, builder.partitionCount).boxed().toList();
        this.members = builder.members;
        this.handler = builder.handler;
        this.credentialsCheck = builder.credentialsCheck;
        this.server = FakeServer.start(this::serve);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The answer to {@code Client.createProxy}, for a handler that takes it over ({@link Builder#answerCreateProxy}). */
    public static com.hazelcast.client.impl.protocol.ClientMessage createProxyResponse() {
        return ClientCreateProxyCodec.encodeResponse();
    }

    /** Never answers. */
    public static RequestHandler silent() {
        return (request, replies) -> { };
    }

    /** Answers the first unhandled request with a frame header announcing 2 GiB, which a client must refuse. */
    public static RequestHandler garbage() {
        return (request, replies) -> replies.send(FakeServer.frameHeader(Integer.MAX_VALUE, Frame.IS_FINAL));
    }

    /** Closes the connection on the first unhandled request. */
    public static RequestHandler closeConnection() {
        return (request, replies) -> replies.close();
    }

    public String clusterName() {
        return clusterName;
    }

    public UUID memberUuid() {
        return memberUuid;
    }

    public int port() {
        return server.port();
    }

    /** {@code "127.0.0.1:port"}. */
    public String address() {
        return server.address();
    }

    /** This member as a member list names it. */
    public MemberInfo memberInfo() {
        return memberInfo(memberUuid, port());
    }

    /** A member at 127.0.0.1:port, for a member list; the port is not checked (0 and 70000 are fine bad input). */
    public static MemberInfo memberInfo(UUID uuid, int port) {
        try {
            return new MemberInfo(new Address("127.0.0.1", port), uuid, Map.of(), false, MemberVersion.of("5.7.0"));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Connections accepted so far. */
    public int acceptedConnections() {
        return server.acceptedConnections();
    }

    /** Every request received so far, in order, including the ones the fake member answered by itself. */
    public List<ClientMessage> requests() {
        return List.copyOf(requests);
    }

    /** Message types of {@link #requests()}, for short assertions. */
    public List<Integer> requestTypes() {
        return requests.stream().map(ClientMessage::messageType).collect(Collectors.toList());
    }

    @Override
    public void close() {
        server.close();
    }

    private void serve(InputStream rawIn, OutputStream out) throws IOException {
        DataInputStream in = new DataInputStream(rawIn);
        byte[] preamble = new byte[3];
        in.readFully(preamble);
        if (!"CP2".equals(new String(preamble, StandardCharsets.US_ASCII))) {
            return;
        }
        Replies replies = new SocketReplies(out);
        try {
            while (true) {
                ClientMessage request = readMessage(in);
                requests.add(request);
                if (!answer(request, replies)) {
                    handler.handle(request, replies);
                }
            }
        } catch (EOFException | ConnectionClosed end) {
            // the client or the handler closed the connection
        }
    }

    /** Answers the handshake and housekeeping requests; false for anything else. */
    private boolean answer(ClientMessage request, Replies replies) throws IOException {
        switch (request.messageType()) {
            case AUTHENTICATION, AUTHENTICATION_CUSTOM -> replies.reply(request, authenticationResponse(request));
            case ADD_CLUSTER_VIEW_LISTENER -> {
                replies.reply(request, ClientAddClusterViewListenerCodec.encodeResponse());
                replies.reply(request, withEventFlag(ClientAddClusterViewListenerCodec.encodeMembersViewEvent(1, members())));
                replies.reply(request, withEventFlag(ClientAddClusterViewListenerCodec.encodePartitionsViewEvent(1, partitions())));
            }
            case PING -> {
                if (answerPings) {
                    replies.reply(request, ClientPingCodec.encodeResponse());
                }
            }
            case CREATE_PROXY -> {
                if (!answerCreateProxy) {
                    return false;
                }
                replies.reply(request, ClientCreateProxyCodec.encodeResponse());
            }
            case LOCAL_BACKUP_LISTENER -> replies.reply(request, ClientLocalBackupListenerCodec.encodeResponse(memberUuid));
            case TRIGGER_PARTITION_ASSIGNMENT -> replies.reply(request, ClientTriggerPartitionAssignmentCodec.encodeResponse());
            default -> {
                return false;
            }
        }
        return true;
    }

    private com.hazelcast.client.impl.protocol.ClientMessage authenticationResponse(ClientMessage request) {
        String requestedCluster = new String(request.frames().get(1).content, StandardCharsets.UTF_8);
        byte status = (byte) (clusterName.equals(requestedCluster) && credentialsCheck.test(request) ? 0 : 1);
        if (request.messageType() == AUTHENTICATION_CUSTOM) {
            return ClientAuthenticationCustomCodec.encodeResponse(status, memberAddress(), memberUuid, (byte) 1,
                    "5.7.0", partitionCount, clusterId, false, null, null, 1, members(), 1, partitions(), Map.of());
        }
        return ClientAuthenticationCodec.encodeResponse(status, memberAddress(), memberUuid, (byte) 1, "5.7.0",
                partitionCount, clusterId, false, null, null, 1, members(), 1, partitions(), Map.of());
    }

    private Address memberAddress() {
        try {
            return new Address("127.0.0.1", port());
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<MemberInfo> members() {
        return members.apply(this);
    }

    private List<Map.Entry<UUID, List<Integer>>> partitions() {
        return List.of(new AbstractMap.SimpleEntry<>(memberUuid, ownedPartitions));
    }

    private static com.hazelcast.client.impl.protocol.ClientMessage withEventFlag(
            com.hazelcast.client.impl.protocol.ClientMessage event) {
        event.getStartFrame().flags |= Frame.IS_EVENT;
        return event;
    }

    /** Reads frames until one carries IS_FINAL; fragments are not expected from a client. */
    private static ClientMessage readMessage(DataInputStream in) throws IOException {
        List<Frame> frames = new ArrayList<>();
        while (true) {
            byte[] header = new byte[Frame.HEADER_SIZE];
            in.readFully(header);
            int length = FixedSizes.readInt(header, 0);
            int flags = (header[4] & 0xFF) | (header[5] & 0xFF) << 8;
            if (length < Frame.HEADER_SIZE || length > 64 * 1024 * 1024) {
                throw new IOException("bad frame length from the client: " + length);
            }
            byte[] content = new byte[length - Frame.HEADER_SIZE];
            in.readFully(content);
            frames.add(new Frame(content, flags));
            if ((flags & Frame.IS_FINAL) != 0) {
                return new ClientMessage(frames);
            }
        }
    }

    private static final class ConnectionClosed extends IOException {
        ConnectionClosed() {
            super("closed by the fake member");
        }
    }

    private static final class SocketReplies implements Replies {
        private final OutputStream out;

        SocketReplies(OutputStream out) {
            this.out = out;
        }

        @Override
        public synchronized void reply(ClientMessage request, com.hazelcast.client.impl.protocol.ClientMessage response)
                throws IOException {
            response.setCorrelationId(request.correlationId());
            write(response);
            out.flush();
        }

        @Override
        public synchronized void replyInFragments(ClientMessage request,
                                                  com.hazelcast.client.impl.protocol.ClientMessage response,
                                                  int maxFrameSize) throws IOException {
            response.setCorrelationId(request.correlationId());
            for (var fragment : ClientMessageSplitter.getFragments(maxFrameSize, response)) {
                write(fragment);
            }
            out.flush();
        }

        private void write(com.hazelcast.client.impl.protocol.ClientMessage message) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(message.getBufferLength());
            if (!new ClientMessageWriter().writeTo(buffer, message)) {
                throw new IllegalStateException("message did not fit its own length");
            }
            out.write(buffer.array(), 0, buffer.position());
        }

        @Override
        public synchronized void send(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        @Override
        public void close() throws IOException {
            throw new ConnectionClosed();
        }
    }

    /** Cluster name, ping behaviour and what to do with other requests. */
    public static final class Builder {
        private String clusterName = TestCluster.newClusterName();
        private boolean answerPings = true;
        private boolean answerCreateProxy = true;
        private int partitionCount = PARTITION_COUNT;
        private List<Integer> ownedPartitions;
        private Function<FakeMember, List<MemberInfo>> members = self -> List.of(self.memberInfo());
        private RequestHandler handler = silent();
        private Predicate<ClientMessage> credentialsCheck = request -> true;

        private Builder() {
        }

        /** The cluster name it accepts; a unique one by default. */
        public Builder clusterName(String clusterName) {
            this.clusterName = clusterName;
            return this;
        }

        /** Whether it answers {@code Client.ping}; true by default. False lets a client's heartbeat time out. */
        public Builder answerPings(boolean answer) {
            this.answerPings = answer;
            return this;
        }

        /**
         * Whether it answers {@code Client.createProxy} by itself; true by default. False hands it to the request
         * handler, which may answer with {@link #createProxyResponse()} or hold it back.
         */
        public Builder answerCreateProxy(boolean answer) {
            this.answerCreateProxy = answer;
            return this;
        }

        /** The partition count its authentication announces; 271 by default. */
        public Builder partitionCount(int count) {
            this.partitionCount = count;
            return this;
        }

        /**
         * The partition ids it claims as owner in its partitions view (and authentication), any ids, repeats allowed;
         * by default every id of {@link #partitionCount}. Set it with a count too large to list.
         */
        public Builder ownedPartitions(List<Integer> ids) {
            this.ownedPartitions = List.copyOf(ids);
            return this;
        }

        /**
         * The member list it announces (in its authentication and its members view), built from the fake itself when
         * asked; by default just {@code self.memberInfo()}.
         */
        public Builder members(Function<FakeMember, List<MemberInfo>> members) {
            this.members = members;
            return this;
        }

        /** What to do with requests other than the handshake; {@link #silent()} by default. */
        public Builder onRequest(RequestHandler handler) {
            this.handler = handler;
            return this;
        }

        /**
         * What its security says of an authentication request (frames: 1 cluster name, then username and password
         * for {@code Client.authentication}, or the credentials bytes for {@code Client.authenticationCustom}):
         * false answers status 1, credentials failed. Accepts everything by default, as open-source members do.
         */
        public Builder credentialsCheck(Predicate<ClientMessage> check) {
            this.credentialsCheck = check;
            return this;
        }

        public FakeMember start() {
            return new FakeMember(this);
        }
    }
}
