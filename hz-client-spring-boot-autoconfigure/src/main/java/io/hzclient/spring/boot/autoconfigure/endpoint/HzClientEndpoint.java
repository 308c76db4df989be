package io.hzclient.spring.boot.autoconfigure.endpoint;

import io.hzclient.DistributedObjectInfo;
import io.hzclient.HzClient;
import io.hzclient.Member;
import io.hzclient.Partitions;
import io.hzclient.map.NearCacheStats;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@code /actuator/hzclient}: the client, the members with the number of partitions each owns, the open connections,
 * the statistics of each near cache (by map name) and the distributed objects. Only the distributed objects need a
 * call to the cluster, and it is made only while connected. Expose it with {@code management.endpoints.web.exposure.include=health,hzclient}.
 */
@Endpoint(id = "hzclient")
public class HzClientEndpoint {
    private final HzClient client;

    /**
     * Describes one client.
     *
     * @param client the client
     */
    public HzClientEndpoint(HzClient client) {
        this.client = client;
    }

    /**
     * The client as it is now: what {@code GET /actuator/hzclient} answers.
     *
     * @return the client's state, members, connections, near caches and distributed objects
     */
    @ReadOperation
    public ClientDescriptor describe() {
        Map<UUID, Integer> owned = partitionsOwned(client.getPartitions());
        List<MemberDescriptor> members = client.getCluster().getMembers().stream()
                .map(m -> new MemberDescriptor(m.uuid().toString(), m.address().toString(), m.version(),
                        m.liteMember(), owned.getOrDefault(m.uuid(), 0)))
                .toList();
        return new ClientDescriptor(client.getName(), client.getUuid().toString(), client.getConfig().clusterName(),
                client.getLifecycleState().name(), client.isConnected(), client.getPartitions().getPartitionCount(),
                members, client.getStatistics().connectedMembers(), nearCaches(), distributedObjects());
    }

    private Map<String, NearCacheDescriptor> nearCaches() {
        Map<String, NearCacheDescriptor> out = new TreeMap<>();
        client.getStatistics().nearCaches().forEach((map, s) -> out.put(map, NearCacheDescriptor.of(s)));
        return out;
    }

    private static Map<UUID, Integer> partitionsOwned(Partitions partitions) {
        Map<UUID, Integer> owned = new HashMap<>();
        for (int i = 0; i < partitions.getPartitionCount(); i++) {
            Member owner = partitions.getPartitionOwner(i);
            if (owner != null) {
                owned.merge(owner.uuid(), 1, Integer::sum);
            }
        }
        return owned;
    }

    private Object distributedObjects() {
        if (!client.isConnected()) {
            return "unavailable: not connected to the cluster";
        }
        try {
            return client.getDistributedObjects().stream()
                    .map(o -> new ObjectDescriptor(o.serviceName(), o.name()))
                    .toList();
        } catch (RuntimeException e) {
            return "unavailable: " + e.getMessage();
        }
    }

    /**
     * The client as {@link #describe()} sees it.
     *
     * @param name               the client's name
     * @param uuid               the client's UUID
     * @param clusterName        the cluster's name
     * @param state              the lifecycle state
     * @param connected          whether the client has a connection to the cluster
     * @param partitionCount     the cluster's partition count (0 before the first connection)
     * @param members            the members the client knows
     * @param connections        the addresses of the members the client is connected to
     * @param nearCaches         the statistics of each near cache, by map name
     * @param distributedObjects the distributed objects of the cluster, or why they are unavailable
     */
    public record ClientDescriptor(String name, String uuid, String clusterName, String state, boolean connected,
                                   int partitionCount, List<MemberDescriptor> members, List<String> connections,
                                   Map<String, NearCacheDescriptor> nearCaches, Object distributedObjects) {
    }

    /**
     * One near cache's statistics as read now; counters since its creation (see
     * {@link io.hzclient.map.NearCacheStats}).
     *
     * @param creationTime         when the near cache was created
     * @param hits                 reads answered locally
     * @param misses               reads that went to the cluster
     * @param hitRatio             hits over all reads
     * @param evictions            entries dropped to make room
     * @param expirations          entries dropped because their time passed
     * @param invalidations        entries dropped because the map changed
     * @param invalidationRequests invalidations received
     * @param ownedEntryCount      entries held now
     * @param ownedEntryMemoryCost an estimate of their heap, in bytes
     */
    public record NearCacheDescriptor(String creationTime, long hits, long misses, double hitRatio, long evictions,
                                      long expirations, long invalidations, long invalidationRequests,
                                      long ownedEntryCount, long ownedEntryMemoryCost) {
        static NearCacheDescriptor of(NearCacheStats s) {
            return new NearCacheDescriptor(String.valueOf(s.creationTime()), s.hits(), s.misses(), s.hitRatio(),
                    s.evictions(), s.expirations(), s.invalidations(), s.invalidationRequests(), s.ownedEntryCount(),
                    s.ownedEntryMemoryCost());
        }
    }

    /**
     * One member.
     *
     * @param uuid            the member's UUID
     * @param address         its address
     * @param version         its Hazelcast version
     * @param liteMember      whether it is a lite member
     * @param partitionsOwned how many partitions it owns
     */
    public record MemberDescriptor(String uuid, String address, String version, boolean liteMember,
                                   int partitionsOwned) {
    }

    /**
     * One distributed object.
     *
     * @param serviceName its service
     * @param name        its name
     */
    public record ObjectDescriptor(String serviceName, String name) {
    }
}
