package io.hzclient.internal.statistics;

/**
 * The {@code clientAttributes} string of {@code Client.statistics}: {@code key=value} pairs separated by commas. A
 * name or value the user chose (the client's name, a map's name) has the format's special characters
 * ({@code = . , \}) escaped with a backslash, so that the member splits the string where this client meant it to.
 */
final class ClientAttributes {
    private final StringBuilder text = new StringBuilder(1024);

    /** Adds {@code key=value}; neither is escaped (for this client's own keys and values). */
    ClientAttributes add(String key, Object value) {
        if (value != null) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(key).append('=').append(value);
        }
        return this;
    }

    /** Adds {@code key=value}, the value escaped (a value the user chose). */
    ClientAttributes addEscaped(String key, String value) {
        return value == null ? this : add(key, escape(value));
    }

    /** {@code s} with each {@code = . , \} preceded by a backslash. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '=' || c == '.' || c == ',' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
