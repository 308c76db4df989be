package io.hzclient.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A member address as the user writes it: {@code host}, {@code host:port}, {@code [ipv6]:port}, or
 * {@code host:5701-5703} for a port range. Without a port, 5701 to 5703 are tried.
 *
 * @param host the host name or IP address (an IPv6 address without brackets)
 * @param port the port, 1 to 65535
 */
public record MemberAddress(String host, int port) {
    /** The first port tried for an address written without one. */
    public static final int DEFAULT_PORT = 5701;
    /** How many ports, from {@link #DEFAULT_PORT} up, are tried for an address written without one. */
    public static final int DEFAULT_PORT_COUNT = 3;

    /**
     * Makes an address, checked.
     *
     * @param host the host name or IP address
     * @param port the port, 1 to 65535
     * @throws IllegalArgumentException if the host is null or blank, or the port is out of range
     */
    public MemberAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a member address needs a host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " of member address " + host + " is out of 1..65535");
        }
    }

    /**
     * Every address the text stands for: {@code host}, {@code host:port}, {@code [ipv6]:port}, {@code host:5701-5703}
     * for a port range, or a bare IPv6 address. Without a port, ports 5701 to 5703.
     *
     * @param text the address as written
     * @return the addresses, ports in ascending order
     * @throws IllegalArgumentException if the text is null, blank or malformed; the message quotes it
     */
    public static List<MemberAddress> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a member address must not be empty");
        }
        String s = text.trim();
        String host;
        String ports;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                throw malformed(text, "an IPv6 address opened with '[' is not closed");
            }
            host = s.substring(1, close);
            String rest = s.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw malformed(text, "expected ':port' after ']'");
            }
            ports = rest.isEmpty() ? null : rest.substring(1);
        } else {
            int colon = s.lastIndexOf(':');
            if (colon >= 0 && s.indexOf(':') != colon) {
                host = s; // a bare IPv6 address
                ports = null;
            } else {
                host = colon < 0 ? s : s.substring(0, colon);
                ports = colon < 0 ? null : s.substring(colon + 1);
            }
        }
        if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
            throw malformed(text, "the host is empty or holds spaces");
        }
        int first = DEFAULT_PORT;
        int last = DEFAULT_PORT + DEFAULT_PORT_COUNT - 1;
        if (ports != null) {
            try {
                int dash = ports.indexOf('-');
                first = Integer.parseInt(dash < 0 ? ports : ports.substring(0, dash));
                last = dash < 0 ? first : Integer.parseInt(ports.substring(dash + 1));
            } catch (NumberFormatException e) {
                throw malformed(text, "the port is not a number or a range like 5701-5703");
            }
            if (first < 1 || last > 65535 || last < first) {
                throw malformed(text, "ports must be within 1..65535 and a range must go upwards");
            }
        }
        List<MemberAddress> result = new ArrayList<>();
        for (int p = first; p <= last; p++) {
            result.add(new MemberAddress(host, p));
        }
        return result;
    }

    private static IllegalArgumentException malformed(String text, String why) {
        return new IllegalArgumentException("malformed member address '" + text + "': " + why);
    }

    // Written out rather than the record's generated ones: their first call builds method handles, tens of ms of
    // every client's start (addresses are hashed while connecting).
    @Override
    public boolean equals(Object o) {
        return o instanceof MemberAddress other && port == other.port && host.equals(other.host);
    }

    @Override
    public int hashCode() {
        return 31 * host.hashCode() + port;
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
