package io.hzclient.internal.discovery;

import io.hzclient.config.MemberAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the cloud discovery API's answer: a JSON array of flat objects, each with a {@code private-address} and a
 * {@code public-address} ({@code host:port}; a public address without a port takes the private one's). A tiny reader
 * for this one shape, as Jackson is an optional dependency of the client.
 */
final class CloudAddresses {
    private final String json;
    private int pos;

    private CloudAddresses(String json) {
        this.json = json;
    }

    /**
     * The private address of each member to its public address, in the answer's order.
     *
     * @throws IllegalArgumentException if the answer is not such an array
     */
    static Map<MemberAddress, MemberAddress> parse(String json) {
        Map<MemberAddress, MemberAddress> result = new LinkedHashMap<>();
        for (Map<String, String> member : new CloudAddresses(json).array()) {
            String priv = member.get("private-address");
            String pub = member.get("public-address");
            if (priv == null || pub == null) {
                throw new IllegalArgumentException("a member without private-address or public-address: " + member);
            }
            MemberAddress privateAddress = address(priv, -1);
            result.put(privateAddress, address(pub, privateAddress.port()));
        }
        return result;
    }

    private static MemberAddress address(String text, int defaultPort) {
        String s = text.trim();
        int colon = s.lastIndexOf(':');
        boolean hasPort = colon > 0 && (s.indexOf(':') == colon || s.charAt(colon - 1) == ']');
        if (!hasPort) {
            if (defaultPort < 0) {
                throw new IllegalArgumentException("address '" + text + "' has no port");
            }
            return new MemberAddress(strip(s), defaultPort);
        }
        try {
            return new MemberAddress(strip(s.substring(0, colon)), Integer.parseInt(s.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("address '" + text + "' has no valid port");
        }
    }

    private static String strip(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private List<Map<String, String>> array() {
        List<Map<String, String>> members = new ArrayList<>();
        expect('[');
        if (peek() == ']') {
            pos++;
        } else {
            do {
                members.add(object());
            } while (comma(']'));
        }
        if (peek() != 0) {
            throw fail("text after the array");
        }
        return members;
    }

    private Map<String, String> object() {
        Map<String, String> fields = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') {
            pos++;
            return fields;
        }
        do {
            String name = string();
            expect(':');
            fields.put(name, value());
        } while (comma('}'));
        return fields;
    }

    /** A string as itself; a number, true, false or null as its text (none is read). */
    private String value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '{' || c == '[') {
            throw fail("a nested " + (c == '{' ? "object" : "array"));
        }
        int start = pos;
        while (pos < json.length() && ",}] \t\r\n".indexOf(json.charAt(pos)) < 0) {
            pos++;
        }
        if (start == pos) {
            throw fail("a value expected");
        }
        return json.substring(start, pos);
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (pos < json.length()) {
            char c = json.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                if (pos >= json.length()) {
                    break;
                }
                char e = json.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        if (pos + 4 > json.length()) {
                            throw fail("a short \\u escape");
                        }
                        try {
                            sb.append((char) Integer.parseInt(json.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw fail("a bad \\u escape");
                        }
                        pos += 4;
                    }
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        throw fail("an unterminated string");
    }

    /** After an element: true at a comma, false at the closing character. */
    private boolean comma(char close) {
        char c = peek();
        pos++;
        if (c == ',') {
            return true;
        }
        if (c == close) {
            return false;
        }
        pos--;
        throw fail("',' or '" + close + "' expected");
    }

    private void expect(char c) {
        if (peek() != c) {
            throw fail("'" + c + "' expected");
        }
        pos++;
    }

    /** The next character after white space, or 0 at the end. */
    private char peek() {
        while (pos < json.length() && Character.isWhitespace(json.charAt(pos))) {
            pos++;
        }
        return pos < json.length() ? json.charAt(pos) : 0;
    }

    private IllegalArgumentException fail(String what) {
        return new IllegalArgumentException(what + " at character " + pos);
    }
}
