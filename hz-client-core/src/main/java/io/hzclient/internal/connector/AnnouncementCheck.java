package io.hzclient.internal.connector;

import io.hzclient.internal.cluster.PartitionTable;
import io.hzclient.internal.cluster.RefusedAnnouncementException;
import io.hzclient.internal.codec.ClientCodec.AuthenticationResult;
import io.hzclient.internal.connection.Connection;

/**
 * What a member announced when it accepted the client, checked before its connection is used for anything: a
 * member whose UUID or partition count cannot be taken, or that was refused before, is refused, and the attempt
 * fails like an unreachable address would.
 */
final class AnnouncementCheck {
    private final MemberRefusals refusals;
    private final PartitionTable partitions;

    AnnouncementCheck(MemberRefusals refusals, PartitionTable partitions) {
        this.refusals = refusals;
        this.partitions = partitions;
    }

    /** @throws RefusedAnnouncementException if the member is refused (the connection is closed) */
    void check(Connection connection, AuthenticationResult auth) {
        String earlier = refusals.reason(auth.memberUuid());
        if (earlier != null) {
            throw new RefusedAnnouncementException("member " + auth.memberUuid() + " was refused before: " + earlier);
        }
        try {
            if (auth.memberUuid() == null) {
                throw new RefusedAnnouncementException("its authentication announced no member UUID");
            }
            partitions.fixPartitionCount(auth.partitionCount());
        } catch (RefusedAnnouncementException e) {
            refusals.refuse(connection, auth.memberUuid(), e.getMessage());
            throw e;
        }
    }
}
