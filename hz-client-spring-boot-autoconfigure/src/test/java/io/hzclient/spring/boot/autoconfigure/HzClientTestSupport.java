package io.hzclient.spring.boot.autoconfigure;

/** What the auto-configuration tests of every package share. */
public final class HzClientTestSupport {
    /**
     * A member address where nothing listens: with {@code hz.client.startup.mode=lazy} the context starts and the
     * client keeps trying in the background.
     */
    public static final String NOWHERE = "hz.client.cluster-members=127.0.0.1:1";

    private HzClientTestSupport() {
    }

    /**
     * The messages of a throwable and all its causes, one a line.
     *
     * @param t the throwable, or null
     * @return its messages and its causes'
     */
    public static String allMessages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c).append('\n');
        }
        return sb.toString();
    }
}
