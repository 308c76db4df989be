package io.hzclient.internal.discovery;

import io.hzclient.Member;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.MemberAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Dials the public address a member announces to clients ({@link Member#CLIENT_PUBLIC}) instead of its private one:
 * always, when {@code use-public-ip} is true, or when the client finds, from the first member list it translates for,
 * that it runs outside the members' network (see {@link ClientConfig#usePublicIp()} for the rules). Configured
 * addresses, and members that announce no public address, are dialled as they are.
 */
public final class PublicAddresses implements AddressTranslator {
    private static final Logger LOG = LoggerFactory.getLogger(PublicAddresses.class);
    static final int MEMBERS_CHECKED = 3;
    static final Duration PRIVATE_CONNECT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration PUBLIC_CONNECT_TIMEOUT = Duration.ofSeconds(3);

    /** Whether a TCP connection to the address opens within the timeout; a seam for tests. */
    interface Reachability {
        boolean reachable(MemberAddress address, Duration timeout);
    }

    private final Boolean configured;
    private final boolean tls;
    private final List<MemberAddress> configuredAddresses;
    private final Supplier<? extends Collection<Member>> members;
    private final Reachability reachability;
    private volatile Boolean usePublic;

    PublicAddresses(ClientConfig config, Supplier<? extends Collection<Member>> members, Reachability reachability) {
        this.configured = config.usePublicIp();
        this.tls = config.ssl().enabled();
        this.configuredAddresses = config.memberAddresses();
        this.members = members;
        this.reachability = reachability;
    }

    /** Public addresses as the config says, with the reachability checks of a real TCP connect. */
    PublicAddresses(ClientConfig config, Supplier<? extends Collection<Member>> members) {
        this(config, members, PublicAddresses::connects);
    }

    @Override
    public List<MemberAddress> startRound(List<MemberAddress> configured) {
        return configured;
    }

    @Override
    public MemberAddress translate(MemberAddress announced) {
        Collection<Member> current = members.get();
        for (Member m : current) {
            if (m.address().equals(announced)) {
                return m.publicAddress().isPresent() && usePublic(current) ? m.publicAddress().get() : announced;
            }
        }
        return announced;
    }

    private boolean usePublic(Collection<Member> current) {
        Boolean decided = usePublic;
        if (decided == null) {
            decided = decide(current);
            usePublic = decided;
        }
        return decided;
    }

    /** Made once, on the connector thread (the checks block it for a few seconds at most). */
    boolean decide(Collection<Member> current) {
        if (configured != null) {
            return configured;
        }
        if (tls) {
            LOG.debug("TLS is on: the client dials the members' private addresses (set use-public-ip to choose)");
            return false;
        }
        Set<String> configuredHosts = new HashSet<>();
        configuredAddresses.forEach(a -> configuredHosts.add(resolve(a.host())));
        for (Member m : current) {
            if (configuredHosts.contains(resolve(m.address().host()))) {
                LOG.debug("Member {} is at a configured address: the client dials the private addresses", m);
                return false;
            }
        }
        List<Member> sample = new ArrayList<>(current);
        Collections.shuffle(sample);
        for (Member m : sample.subList(0, Math.min(MEMBERS_CHECKED, sample.size()))) {
            if (m.publicAddress().isEmpty()) {
                LOG.debug("Member {} announces no public address: the client dials the private addresses", m);
                return false;
            }
            if (reachability.reachable(m.address(), PRIVATE_CONNECT_TIMEOUT)) {
                LOG.debug("Member {} is reachable at its private address: the client dials those", m);
                return false;
            }
            if (!reachability.reachable(m.publicAddress().get(), PUBLIC_CONNECT_TIMEOUT)) {
                LOG.debug("Member {} is reachable at neither address: the client dials the private ones", m);
                return false;
            }
        }
        LOG.info("The members are reachable only at their public addresses: the client dials those");
        return true;
    }

    private static String resolve(String host) {
        try {
            return InetAddress.getByName(host).getHostAddress();
        } catch (UnknownHostException e) {
            return host;
        }
    }

    private static boolean connects(MemberAddress address, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.host(), address.port()), (int) timeout.toMillis());
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
