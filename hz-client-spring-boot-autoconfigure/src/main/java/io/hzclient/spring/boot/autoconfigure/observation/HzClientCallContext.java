package io.hzclient.spring.boot.autoconfigure.observation;

import io.micrometer.observation.Observation;

/**
 * What an {@code hz.client.operation} observation knows of its call: filled as the call starts (in the caller's
 * thread) and as it ends (in whatever thread ends it); read by {@link HzClientCallObservationConvention}.
 */
public final class HzClientCallContext extends Observation.Context {
    private final String operation;
    private final String objectName;
    private final int partitionId;
    private volatile String memberAddress;
    private volatile boolean ended;

    /**
     * The context of one call as it starts.
     *
     * @param operation   the protocol operation, e.g. {@code Map.Get}
     * @param objectName  the distributed object's name, or null (not asked for, or the operation names none)
     * @param partitionId the partition, or -1 for a call routed to a member
     */
    public HzClientCallContext(String operation, String objectName, int partitionId) {
        this.operation = operation;
        this.objectName = objectName;
        this.partitionId = partitionId;
    }

    /**
     * The protocol operation.
     *
     * @return its name, e.g. {@code Map.Get}
     */
    public String getOperation() {
        return operation;
    }

    /**
     * The distributed object's name, when {@code hz.client.observation.object-name} is on.
     *
     * @return the name, or null
     */
    public String getObjectName() {
        return objectName;
    }

    /**
     * The partition the call went to.
     *
     * @return the partition id, or -1 for a call routed to a member
     */
    public int getPartitionId() {
        return partitionId;
    }

    /**
     * The member the call's last try went to, once it ended.
     *
     * @return {@code host:port}, or null (not ended, or never sent)
     */
    public String getMemberAddress() {
        return memberAddress;
    }

    /**
     * Whether the call has ended: only then does the outcome mean anything.
     *
     * @return true once the call ended
     */
    public boolean isEnded() {
        return ended;
    }

    void ended(String memberAddress) {
        this.memberAddress = memberAddress;
        this.ended = true;
    }
}
