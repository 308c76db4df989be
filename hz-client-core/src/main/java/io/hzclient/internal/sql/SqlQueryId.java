package io.hzclient.internal.sql;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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

    /**
     * A new query's id, for a query run on that member. Its own half need only be unique among the client's queries:
     * random bits from the thread's own generator, as the official clients take them, not {@code UUID.randomUUID()},
     * whose secure generator is slower and shared by every thread.
     */
    static SqlQueryId forMember(UUID member) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new SqlQueryId(member.getMostSignificantBits(), member.getLeastSignificantBits(), random.nextLong(),
                random.nextLong());
    }
}
