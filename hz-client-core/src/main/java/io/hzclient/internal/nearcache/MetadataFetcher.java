package io.hzclient.internal.nearcache;

import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.nearcache.InvalidationMetadataCodec.Metadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Asks every data member (and every partition owner the partition table names) for the invalidation metadata of some
 * maps, and applies the answers to their handlers. The member list rather than the partition table alone, since the
 * table may still be on its way or behind a migration when a near cache starts, and each member answers only for
 * the partitions it owns. A member that fails to answer is left out this round: the next round asks again.
 */
final class MetadataFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(MetadataFetcher.class);

    private final InvocationService invocations;
    private final PartitionService partitions;
    private final Supplier<Set<UUID>> dataMembers;

    MetadataFetcher(InvocationService invocations, PartitionService partitions, Supplier<Set<UUID>> dataMembers) {
        this.invocations = invocations;
        this.partitions = partitions;
        this.dataMembers = dataMembers;
    }

    /**
     * Asks every partition owner for the metadata of these maps and applies each answer, on {@code executor}, as
     * soon as it arrives: a member that is gone or slow holds up nobody. Completes (never exceptionally) once every
     * owner answered, failed, or took longer than {@code timeout}.
     */
    CompletableFuture<Void> fetchAndApply(Map<String, RepairingHandler> handlers, Executor executor,
                                          Duration timeout) {
        if (handlers.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<String> names = List.copyOf(handlers.keySet());
        List<CompletableFuture<Void>> answers = new ArrayList<>();
        for (UUID member : membersToAsk()) {
            Call<Void> fetch = invocations.invoke(InvalidationMetadataCodec.fetch(names, member).then(metadata -> {
                apply(metadata, handlers); // decoded and applied on the executor
                return null;
            }));
            fetch.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS); // fails the call: a late answer is dropped
            answers.add(fetch.async(executor).exceptionally(e -> {
                LOG.debug("No near cache invalidation metadata from member {} this round: {}", member, e.toString());
                return null;
            }));
        }
        return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new));
    }

    /** Each partition's UUID and sequence from one member's answer, to the handler of each map it names. */
    static void apply(Metadata metadata, Map<String, RepairingHandler> handlers) {
        metadata.sequences().forEach((name, sequences) -> {
            RepairingHandler handler = handlers.get(name);
            if (handler == null) {
                return; // deregistered meanwhile
            }
            // The member lists only sequences other than 0, but the UUID of every partition it owns
            metadata.partitionUuids().forEach((partitionId, uuid) ->
                    handler.applyFetched(partitionId, uuid, sequences.getOrDefault(partitionId, 0L)));
        });
    }

    /** The data members, and the members that own partitions as far as the table says: only they have metadata. */
    private Set<UUID> membersToAsk() {
        Set<UUID> owners = new LinkedHashSet<>(dataMembers.get());
        for (int p = 0, count = partitions.partitionCount(); p < count; p++) {
            UUID owner = partitions.owner(p);
            if (owner != null) {
                owners.add(owner);
            }
        }
        return owners;
    }
}
