package io.hzclient.internal.nearcache;

import com.hazelcast.client.impl.protocol.codec.MapFetchNearCacheInvalidationMetadataCodec;
import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.listener.ListenerService;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.Frame;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.SerializationService;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * A client context whose "members" answer the invalidation metadata request from tables the test fills in, encoded
 * by the member's own codec (test-scope jar). Partition p is owned by member {@code owners[p % owners.length]}.
 */
final class FakeMetadataMembers implements ClientContext, InvocationService {
    record Fetch(UUID member, List<String> names) {
    }

    final TestPartitions partitions = new TestPartitions(271);
    final List<Fetch> fetches = new CopyOnWriteArrayList<>();
    /** Partition UUIDs and, per map, sequences: what the owners would answer. */
    final Map<Integer, UUID> partitionUuids = new ConcurrentHashMap<>();
    final Map<String, Map<Integer, Long>> sequences = new ConcurrentHashMap<>();
    final Set<UUID> failing = ConcurrentHashMap.newKeySet();
    /** Who owns each partition as the members see it; the client's table ({@link #partitions}) may differ. */
    final Map<Integer, UUID> memberOwners = new ConcurrentHashMap<>();
    /** The client's member list (data members); empty unless a test sets it. */
    final Set<UUID> dataMembers = ConcurrentHashMap.newKeySet();
    final List<Runnable> clusterChangeActions = new CopyOnWriteArrayList<>();

    FakeMetadataMembers(UUID... owners) {
        for (int p = 0; p < partitions.count; p++) {
            partitions.owners.put(p, owners[p % owners.length]);
            memberOwners.put(p, owners[p % owners.length]);
            partitionUuids.put(p, UUID.randomUUID());
        }
    }

    void sequence(String map, int partitionId, long sequence) {
        sequences.computeIfAbsent(map, n -> new ConcurrentHashMap<>()).put(partitionId, sequence);
    }

    /** Answers at once, as the member named in the request would (or fails, for a member in {@link #failing}). */
    @Override
    public <R> Call<R> invoke(Call<R> call) {
        ClientMessage request = call.request();
        UUID member = FixedSizes.readUuid(request.initialFrame().content, ClientMessage.REQUEST_HEADER_SIZE);
        MessageReader r = new MessageReader(request);
        List<String> names = r.listString();
        fetches.add(new Fetch(member, names));
        if (request.messageType() != InvalidationMetadataCodec.FETCH || failing.contains(member)) {
            call.completeExceptionally(new IllegalStateException("member " + member + " fails"));
        } else {
            call.complete(answer(member, names));
        }
        return call;
    }

    private ClientMessage answer(UUID member, List<String> names) {
        List<Map.Entry<String, List<Map.Entry<Integer, Long>>>> bySequence = new ArrayList<>();
        List<Map.Entry<Integer, UUID>> uuids = new ArrayList<>();
        for (String name : names) {
            List<Map.Entry<Integer, Long>> owned = new ArrayList<>();
            sequences.getOrDefault(name, Map.of()).forEach((p, s) -> {
                if (member.equals(memberOwners.get(p)) && s != 0) {
                    owned.add(new AbstractMap.SimpleEntry<>(p, s));
                }
            });
            bySequence.add(new AbstractMap.SimpleEntry<>(name, owned));
        }
        partitionUuids.forEach((p, uuid) -> {
            if (member.equals(memberOwners.get(p))) {
                uuids.add(new AbstractMap.SimpleEntry<>(p, uuid));
            }
        });
        var theirs = MapFetchNearCacheInvalidationMetadataCodec.encodeResponse(bySequence, uuids);
        List<Frame> frames = new ArrayList<>();
        for (var f = theirs.getStartFrame(); f != null; f = f.next) {
            frames.add(new Frame(f.content, f.flags));
        }
        return new ClientMessage(frames);
    }

    @Override
    public Set<UUID> dataMembers() {
        return Set.copyOf(dataMembers);
    }

    @Override
    public void onClusterChange(Runnable action) {
        clusterChangeActions.add(action);
    }

    @Override
    public SerializationService serialization() {
        return new SerializationService() {
            @Override
            public Data toData(Object value) {
                return TestPartitions.key((String) value);
            }

            @Override
            public <T> T toObject(Object data) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Override
    public InvocationService invocations() {
        return this;
    }

    @Override
    public PartitionService partitions() {
        return partitions;
    }

    @Override
    public ListenerService listeners() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Executor userExecutor() {
        return Runnable::run;
    }

    @Override
    public void destroyProxy(String serviceName, String name) {
    }
}
