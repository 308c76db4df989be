package io.hzclient;

import io.hzclient.config.MemberAddress;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A cluster member as the client knows it from the cluster view. */
public record Member(UUID uuid, MemberAddress address, boolean liteMember, Map<String, String> attributes,
                     String version) {

    public Member {
        attributes = Map.copyOf(attributes);
    }

    // Written out rather than the record's generated ones: their first call builds method handles, tens of ms of
    // every client's start (members are hashed while connecting).
    @Override
    public boolean equals(Object o) {
        return o instanceof Member other && liteMember == other.liteMember && Objects.equals(uuid, other.uuid)
                && Objects.equals(address, other.address) && Objects.equals(attributes, other.attributes)
                && Objects.equals(version, other.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uuid, address, liteMember, attributes, version);
    }

    @Override
    public String toString() {
        return "Member[" + address + "] " + uuid + (liteMember ? " lite" : "");
    }
}
