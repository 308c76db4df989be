package io.hzclient.internal.nearcache;

import io.hzclient.internal.cluster.PartitionService;
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

/**
 * Asks every member that owns partitions for the invalidation metadata of some maps, and applies the answers to
 * their handlers. A member that fails to answer is left out this round: the next round asks again.
 */
final class MetadataFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(MetadataFetcher.class);

    private final InvocationService invocations;
    private final PartitionService partitions;

    MetadataFetcher(InvocationService invocations, PartitionService partitions) {
        this.invocations = invocations;
        this.partitions = partitions;
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
        for (UUID member : owners()) {
            // Any member forwards the request to the one named in it, so this works without smart routing too.
            answers.add(invocations.invoke(InvalidationMetadataCodec.fetch(names, member))
                    .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .thenAcceptAsync(response -> apply(InvalidationMetadataCodec.decodeFetchResponse(response),
                            handlers), executor)
                    .exceptionally(e -> {
                        LOG.debug("No near cache invalidation metadata from member {} this round: {}", member,
                                e.toString());
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

    /** The members that own partitions now: only they have metadata to give. */
    private Set<UUID> owners() {
        Set<UUID> owners = new LinkedHashSet<>();
        for (int p = 0, count = partitions.partitionCount(); p < count; p++) {
            UUID owner = partitions.owner(p);
            if (owner != null) {
                owners.add(owner);
            }
        }
        return owners;
    }
}
