package io.hzclient.internal.cluster;

import io.hzclient.HzClientException;

/**
 * A member announced something the client does not take (a partition count, a member list, a partition table):
 * the message says what was announced and which rule it broke. The client disconnects from that member.
 */
public final class RefusedAnnouncementException extends HzClientException {
    public RefusedAnnouncementException(String message) {
        super(message);
    }
}
