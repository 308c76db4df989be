package io.hzclient;

import io.hzclient.config.MemberAddress;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A cluster member as the client knows it from the cluster view.
 *
 * @param uuid       the member's id in the cluster
 * @param address    where the client connects to it
 * @param liteMember whether it is a lite member, which holds no data (no partitions, no PN counter replicas)
 * @param attributes the member's attributes, as configured on the member (immutable)
 * @param version    the member's Hazelcast version, e.g. {@code 5.7.0}
 */
public record Member(UUID uuid, MemberAddress address, boolean liteMember, Map<String, String> attributes,
                     String version) {

    /**
     * Makes a member; the attributes are copied.
     *
     * @param uuid       the member's id in the cluster
     * @param address    where the client connects to it
     * @param liteMember whether it is a lite member
     * @param attributes the member's attributes
     * @param version    the member's Hazelcast version
     * @throws NullPointerException if {@code attributes} is null
     */
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
