package io.hzclient;

import io.hzclient.config.MemberAddress;

import java.util.Map;
import java.util.UUID;

/** A cluster member as the client knows it from the cluster view. */
public record Member(UUID uuid, MemberAddress address, boolean liteMember, Map<String, String> attributes,
                     String version) {

    public Member {
        attributes = Map.copyOf(attributes);
    }

    @Override
    public String toString() {
        return "Member[" + address + "] " + uuid + (liteMember ? " lite" : "");
    }
}
