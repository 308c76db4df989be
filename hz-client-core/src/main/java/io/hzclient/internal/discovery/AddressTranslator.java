package io.hzclient.internal.discovery;

import io.hzclient.config.MemberAddress;

import java.util.List;

/**
 * The one seam between the address a member announces and the address the client dials: the identity, but for
 * Hazelcast Cloud, whose members announce private addresses and are reached at public ones.
 */
public interface AddressTranslator {
    /** Dials what the members announce, and the configured addresses. */
    AddressTranslator IDENTITY = new AddressTranslator() {
        @Override
        public List<MemberAddress> startRound(List<MemberAddress> configured) {
            return configured;
        }

        @Override
        public MemberAddress translate(MemberAddress announced) {
            return announced;
        }
    };

    /**
     * A connection attempt round begins (the cluster connector's, or a pass of the member connector): the
     * translation may be refreshed once more in it.
     *
     * @param configured the configured member addresses
     * @return the addresses to try first in the round, as members announce them
     * @throws CloudDiscoveryException if the addresses could not be fetched
     */
    List<MemberAddress> startRound(List<MemberAddress> configured);

    /** A pass of the member connector begins: the translation may be refreshed once more in it. */
    default void newRound() {
    }

    /**
     * The address to dial for a member's announced address.
     *
     * @throws CloudDiscoveryException if there is none
     */
    MemberAddress translate(MemberAddress announced);
}
