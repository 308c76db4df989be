package io.hzclient.internal.sql;

import java.util.UUID;

/**
 * A query's id, made by the client: the UUID of the member it runs on, and a random one of its own. Fetch and close
 * name the query by it.
 *
 * @param memberIdHigh the member UUID's high bits
 * @param memberIdLow  its low bits
 * @param localIdHigh  the random UUID's high bits
 * @param localIdLow   its low bits
 */
public record SqlQueryId(long memberIdHigh, long memberIdLow, long localIdHigh, long localIdLow) {

    /** A new query's id, for a query run on that member. */
    static SqlQueryId forMember(UUID member) {
        UUID local = UUID.randomUUID();
        return new SqlQueryId(member.getMostSignificantBits(), member.getLeastSignificantBits(),
                local.getMostSignificantBits(), local.getLeastSignificantBits());
    }
}
