package io.hzclient;

import io.hzclient.config.MemberAddress;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A cluster member as the client knows it from the cluster view.
 *
 * @param uuid       the member's id in the cluster
 * @param address    where the client connects to it
 * @param liteMember whether it is a lite member, which holds no data (no partitions, no PN counter replicas)
 * @param attributes the member's attributes, as configured on the member (immutable)
 * @param version    the member's Hazelcast version, e.g. {@code 5.7.0}
 * @param addressMap the addresses the member announces for each kind of endpoint, keyed by the endpoint's protocol
 *                   ({@code MEMBER}, {@code CLIENT}, {@code WAN}, {@code REST}, {@code MEMCACHE}) followed, when the
 *                   endpoint has one, by a colon and its identifier: {@code CLIENT:public} is the public address a
 *                   member configured with one announces to clients (immutable; empty from members that send none)
 */
public record Member(UUID uuid, MemberAddress address, boolean liteMember, Map<String, String> attributes,
                     String version, Map<String, MemberAddress> addressMap) {
    /** The key of {@link #addressMap()} under which a member announces its public address to clients. */
    public static final String CLIENT_PUBLIC = "CLIENT:public";

    /**
     * Makes a member; the attributes are copied.
     *
     * @param uuid       the member's id in the cluster
     * @param address    where the client connects to it
     * @param liteMember whether it is a lite member
     * @param attributes the member's attributes
     * @param version    the member's Hazelcast version
     * @param addressMap the addresses the member announces for each kind of endpoint
     * @throws NullPointerException if {@code attributes} or {@code addressMap} is null
     */
    public Member {
        attributes = Map.copyOf(attributes);
        addressMap = Map.copyOf(addressMap);
    }

    /**
     * Makes a member that announces no address map.
     *
     * @param uuid       the member's id in the cluster
     * @param address    where the client connects to it
     * @param liteMember whether it is a lite member
     * @param attributes the member's attributes
     * @param version    the member's Hazelcast version
     * @throws NullPointerException if {@code attributes} is null
     */
    public Member(UUID uuid, MemberAddress address, boolean liteMember, Map<String, String> attributes,
                  String version) {
        this(uuid, address, liteMember, attributes, version, Map.of());
    }

    /**
     * Whether this is a lite member, which holds no data; the same as {@link #liteMember()}.
     *
     * @return true for a lite member
     */
    public boolean isLiteMember() {
        return liteMember;
    }

    /**
     * The public address the member announces to clients ({@code CLIENT:public} in {@link #addressMap()}), set on
     * members that are reached through NAT or from another network.
     *
     * @return the public address, or empty if the member announces none
     */
    public Optional<MemberAddress> publicAddress() {
        return Optional.ofNullable(addressMap.get(CLIENT_PUBLIC));
    }

    // Written out rather than the record's generated ones: their first call builds method handles, tens of ms of
    // every client's start (members are hashed while connecting).
    @Override
    public boolean equals(Object o) {
        return o instanceof Member other && liteMember == other.liteMember && Objects.equals(uuid, other.uuid)
                && Objects.equals(address, other.address) && Objects.equals(attributes, other.attributes)
                && Objects.equals(version, other.version) && Objects.equals(addressMap, other.addressMap);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uuid, address, liteMember, attributes, version, addressMap);
    }

    @Override
    public String toString() {
        return "Member[" + address + "] " + uuid + (liteMember ? " lite" : "");
    }
}
