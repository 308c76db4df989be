package io.hzclient.internal.codec;

import io.hzclient.Member;
import io.hzclient.config.MemberAddress;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Client service (id 0): one method per message, each reading like its line in the spec. */
public final class ClientCodec {
    public static final int AUTHENTICATION = 0x000100;
    public static final int AUTHENTICATION_CUSTOM = 0x000200;
    public static final int ADD_CLUSTER_VIEW_LISTENER = 0x000300;
    public static final int MEMBERS_VIEW_EVENT = 0x000302;
    public static final int PARTITIONS_VIEW_EVENT = 0x000303;
    public static final int CREATE_PROXY = 0x000400;
    public static final int DESTROY_PROXY = 0x000500;
    public static final int GET_DISTRIBUTED_OBJECTS = 0x000800;
    public static final int ADD_DISTRIBUTED_OBJECT_LISTENER = 0x000900;
    public static final int DISTRIBUTED_OBJECT_EVENT = 0x000902;
    public static final int REMOVE_DISTRIBUTED_OBJECT_LISTENER = 0x000A00;
    public static final int PING = 0x000B00;
    public static final int STATISTICS = 0x000C00;
    public static final int LOCAL_BACKUP_LISTENER = 0x000F00;
    public static final int TRIGGER_PARTITION_ASSIGNMENT = 0x001000;
    public static final int BACKUP_EVENT = 0x000F02;

    private static final int RESPONSE = ClientMessage.RESPONSE_HEADER_SIZE;
    private static final int EVENT = ClientMessage.REQUEST_HEADER_SIZE;

    private ClientCodec() {
    }

    /** The version of the Hazelcast protocol level this client speaks, sent at authentication. */
    public static final String PROTOCOL_HAZELCAST_VERSION = "5.7.0";

    public static ClientMessage authentication(String clusterName, String username, String password, UUID clientUuid,
                                               String clientType, String clientName, Collection<String> labels,
                                               boolean smartRouting) {
        return closing(opening(AUTHENTICATION, clientUuid, smartRouting, clusterName)
                .nullableString(username).nullableString(password), clientType, clientName, labels);
    }

    /**
     * Authentication with a token or a serialized credentials object instead of a username and password; the same
     * fields otherwise, and the same answer ({@link #decodeAuthentication}).
     */
    public static ClientMessage authenticationCustom(String clusterName, byte[] credentials, UUID clientUuid,
                                                     String clientType, String clientName, Collection<String> labels,
                                                     boolean smartRouting) {
        return closing(opening(AUTHENTICATION_CUSTOM, clientUuid, smartRouting, clusterName).bytes(credentials),
                clientType, clientName, labels);
    }

    /** The fields both authentication messages begin with, up to their credentials. */
    private static MessageWriter opening(int messageType, UUID clientUuid, boolean smartRouting, String clusterName) {
        return MessageWriter.request(messageType).retryable()
                .fixUuid(clientUuid)
                .fixByte(1) // serialization version
                .fixByte(smartRouting ? 1 : 0) // routing mode: 0 unisocket, 1 smart
                .fixBoolean(false) // CP direct-to-leader routing
                .string(clusterName);
    }

    /** The fields both authentication messages end with, after their credentials. */
    private static ClientMessage closing(MessageWriter w, String clientType, String clientName,
                                         Collection<String> labels) {
        return w.string(clientType).string(PROTOCOL_HAZELCAST_VERSION).string(clientName).listString(labels).build();
    }

    /** What a member answered to authentication. Member list and partitions come with it since protocol 2.7. */
    public record AuthenticationResult(int status, MemberAddress address, UUID memberUuid, int serializationVersion,
                                       String serverVersion, int partitionCount, UUID clusterId,
                                       boolean failoverSupported) {
    }

    public static AuthenticationResult decodeAuthentication(ClientMessage response) {
        MessageReader r = new MessageReader(response);
        int status = r.fixByte(RESPONSE);
        UUID memberUuid = r.fixUuid(RESPONSE + 1);
        int serializationVersion = r.fixByte(RESPONSE + 18);
        int partitionCount = r.fixInt(RESPONSE + 19);
        UUID clusterId = r.fixUuid(RESPONSE + 23);
        boolean failover = r.fixBoolean(RESPONSE + 40);
        MemberAddress address = r.nullableStruct(CustomCodecs::address);
        String serverVersion = r.string();
        return new AuthenticationResult(status, address, memberUuid, serializationVersion, serverVersion,
                partitionCount, clusterId, failover);
    }

    public static ClientMessage addClusterViewListener() {
        return MessageWriter.request(ADD_CLUSTER_VIEW_LISTENER).build();
    }

    public record MembersView(int version, List<Member> members) {
    }

    public static MembersView decodeMembersView(ClientMessage event) {
        MessageReader r = new MessageReader(event);
        return new MembersView(r.fixInt(EVENT), r.structList(CustomCodecs::memberInfo));
    }

    public record PartitionsView(int version, Map<UUID, List<Integer>> partitions) {
    }

    public static PartitionsView decodePartitionsView(ClientMessage event) {
        MessageReader r = new MessageReader(event);
        return new PartitionsView(r.fixInt(EVENT), r.entryListUuidListInt());
    }

    public static ClientMessage addDistributedObjectListener(boolean localOnly) {
        return MessageWriter.request(ADD_DISTRIBUTED_OBJECT_LISTENER).fixBoolean(localOnly).build();
    }

    public static ClientMessage removeDistributedObjectListener(UUID registrationId) {
        return MessageWriter.request(REMOVE_DISTRIBUTED_OBJECT_LISTENER).retryable().fixUuid(registrationId).build();
    }

    public record DistributedObjectEventData(String name, String serviceName, String eventType, UUID source) {
    }

    public static DistributedObjectEventData decodeDistributedObjectEvent(ClientMessage event) {
        MessageReader r = new MessageReader(event);
        UUID source = r.fixUuid(EVENT);
        return new DistributedObjectEventData(r.string(), r.string(), r.string(), source);
    }

    public static ClientMessage ping() {
        return MessageWriter.request(PING).retryable().build();
    }

    /**
     * The client's statistics for the member to keep (and Management Center to read): when they were collected, the
     * {@code key=value} attributes, and the metrics in the member's compressed format.
     */
    public static ClientMessage statistics(long timestamp, String clientAttributes, byte[] metricsBlob) {
        return MessageWriter.request(STATISTICS).fixLong(timestamp).string(clientAttributes).bytes(metricsBlob).build();
    }

    public static ClientMessage localBackupListener() {
        return MessageWriter.request(LOCAL_BACKUP_LISTENER).build();
    }

    /** Asks the cluster to assign partitions now; a new cluster does it only on first use. */
    public static ClientMessage triggerPartitionAssignment() {
        return MessageWriter.request(TRIGGER_PARTITION_ASSIGNMENT).retryable().build();
    }

    /** The correlation id of the request whose backup was made. */
    public static long decodeBackupEvent(ClientMessage event) {
        return new MessageReader(event).fixLong(EVENT);
    }

    /** Responses whose only field is a UUID at the first response offset (listener registrations). */
    public static UUID decodeUuidResponse(ClientMessage response) {
        return new MessageReader(response).fixUuid(RESPONSE);
    }

    /** Responses whose only field is a boolean at the first response offset. */
    public static boolean decodeBooleanResponse(ClientMessage response) {
        return new MessageReader(response).fixBoolean(RESPONSE);
    }
}
