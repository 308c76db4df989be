package io.hzclient.internal.cp;

import java.util.Locale;
import java.util.Objects;

/**
 * A CP object's name as the user gives it ({@code name} or {@code name@group}), read by the members' rules: spaces
 * around either part are dropped, the {@code default} group (in any case) is the same as none, and the METADATA group
 * holds no data structures.
 *
 * @param proxyName  the name without a default group, as sent when the group is asked for
 * @param objectName the object's name within its group
 * @param groupName  the group's name
 */
record CPNames(String proxyName, String objectName, String groupName) {
    static final String DEFAULT_GROUP = "default";
    private static final String METADATA_GROUP = "METADATA";

    static CPNames parse(String name) {
        String trimmed = Objects.requireNonNull(name, "the name must not be null").trim();
        int at = trimmed.indexOf('@');
        if (at < 0) {
            return new CPNames(nonEmpty(trimmed, "the object name"), trimmed, DEFAULT_GROUP);
        }
        if (trimmed.indexOf('@', at + 1) >= 0) {
            throw new IllegalArgumentException("a CP group may be named at most once in '" + name + "'");
        }
        String object = nonEmpty(trimmed.substring(0, at).trim(), "the object name in '" + name + "'");
        String group = nonEmpty(trimmed.substring(at + 1).trim(), "the CP group name in '" + name + "'");
        if (group.equalsIgnoreCase(METADATA_GROUP)) {
            throw new IllegalArgumentException("CP data structures cannot be in the METADATA group: '" + name + "'");
        }
        if (group.toLowerCase(Locale.ROOT).equals(DEFAULT_GROUP)) {
            return new CPNames(object, object, DEFAULT_GROUP);
        }
        return new CPNames(object + "@" + group, object, group);
    }

    private static String nonEmpty(String s, String what) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return s;
    }
}
