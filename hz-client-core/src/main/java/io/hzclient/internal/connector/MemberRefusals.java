package io.hzclient.internal.connector;

import io.hzclient.internal.connection.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Members refused for what they announced (see {@code AnnouncementRules}): each refusal is logged once, as one
 * WARN line, and closes the connection; the member is not connected to again while it keeps its UUID (a restarted
 * member gets a new one and is judged afresh).
 */
final class MemberRefusals {
    private static final Logger LOG = LoggerFactory.getLogger(MemberRefusals.class);

    private final Map<UUID, String> reasons = new ConcurrentHashMap<>();

    /** Logs, remembers (when the member has a UUID) and closes the connection. */
    void refuse(Connection connection, UUID member, String why) {
        if (member != null) {
            reasons.putIfAbsent(member, why);
        }
        LOG.warn("Refused member {}{}: {}; closing the connection", connection.address(),
                member == null ? "" : " (" + member + ")", why);
        connection.close("refused: " + why);
    }

    /** Why the member was refused, or null if it was not. */
    String reason(UUID member) {
        return member == null ? null : reasons.get(member);
    }
}
