package io.hzclient.internal.map;

import io.hzclient.internal.invocation.Call;

/**
 * How a call is routed, as tests compare it.
 *
 * @param name    "key" (by the key's partition), "partition" (one partition), "member" or "any"
 * @param keyHash the key's partition hash when routed by key (held in the request until the call starts), else null
 */
record CallRoute(String name, Integer keyHash) {

    static CallRoute of(Call<?> call) {
        return switch (call.route().kind()) {
            case KEY -> new CallRoute("key", call.request().partitionId());
            case PARTITION -> new CallRoute("partition", null);
            case MEMBER, MEMBER_DIRECTLY -> new CallRoute("member", null);
            case ANY_MEMBER -> new CallRoute("any", null);
            case CONNECTION -> new CallRoute("connection", null);
        };
    }
}
