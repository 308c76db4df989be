package io.hzclient.config;

import java.util.Map;

/**
 * Finds the config for an object name among configs keyed by name or by a pattern with one {@code *} wildcard
 * ({@code orders-*}, {@code *-events}, {@code app-*-log}), as the official client does: an exact name wins; else the
 * matching pattern with the most literal characters; else the entry named {@code default}; else null.
 */
final class NamePatterns {
    private NamePatterns() {
    }

    /** Fails, naming the option, if a key has more than one wildcard. */
    static String checkPattern(String pattern, String option) {
        Checks.notBlank(pattern, option);
        if (pattern.indexOf('*') != pattern.lastIndexOf('*')) {
            throw new IllegalArgumentException(option + " '" + pattern + "' may hold at most one '*' wildcard");
        }
        return pattern;
    }

    static <T> T find(Map<String, T> configs, String name) {
        T exact = configs.get(name);
        if (exact != null) {
            return exact;
        }
        String best = null;
        boolean ambiguous = false;
        for (String pattern : configs.keySet()) {
            if (!matches(pattern, name)) {
                continue;
            }
            if (best == null || pattern.length() > best.length()) {
                best = pattern;
                ambiguous = false;
            } else if (pattern.length() == best.length()) {
                ambiguous = true;
            }
        }
        if (ambiguous) {
            throw new IllegalStateException("the name '" + name + "' matches more than one configured pattern equally"
                    + " well (e.g. '" + best + "'); make the patterns distinct");
        }
        return best != null ? configs.get(best) : configs.get("default");
    }

    static boolean matches(String pattern, String name) {
        int star = pattern.indexOf('*');
        if (star < 0) {
            return false;
        }
        String prefix = pattern.substring(0, star);
        String suffix = pattern.substring(star + 1);
        return name.length() >= prefix.length() + suffix.length() && name.startsWith(prefix) && name.endsWith(suffix);
    }
}
