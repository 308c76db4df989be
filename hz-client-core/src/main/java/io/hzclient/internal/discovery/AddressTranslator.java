package io.hzclient.internal.discovery;

import io.hzclient.Member;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.MemberAddress;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one seam between the address a member announces and the address the client dials: the identity, but for
 * members reached at public addresses, those of Hazelcast Cloud (from its discovery API) and members behind NAT
 * (from their address maps).
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
     * The translator the config asks for: Hazelcast Cloud's with a discovery token; else the members' public
     * addresses, unless {@code use-public-ip} is false, which dials what the members announce.
     *
     * @param members the current member list, whose address maps give the public addresses
     */
    static AddressTranslator forConfig(ClientConfig config, Supplier<? extends Collection<Member>> members) {
        if (config.cloudDiscoveryToken() != null) {
            return new CloudDiscovery(config);
        }
        return Boolean.FALSE.equals(config.usePublicIp()) ? IDENTITY : new PublicAddresses(config, members);
    }

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
