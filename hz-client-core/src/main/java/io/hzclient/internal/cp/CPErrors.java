package io.hzclient.internal.cp;

import io.hzclient.RemoteException;

/** The CP group's answers that the session-owning proxies act on (error codes of the protocol's section 5.8). */
final class CPErrors {
    private static final int SESSION_EXPIRED = 85;
    private static final int WAIT_KEY_CANCELLED = 86;
    private static final int CP_GROUP_DESTROYED = 89;

    private CPErrors() {
    }

    /** The session the call named is closed on the group: its locks and permits are gone. */
    static boolean isSessionExpired(Throwable t) {
        return hasCode(t, SESSION_EXPIRED);
    }

    /** A wait was cancelled by a newer call of the same session and thread: the call did not succeed. */
    static boolean isWaitCancelled(Throwable t) {
        return hasCode(t, WAIT_KEY_CANCELLED);
    }

    static boolean isGroupDestroyed(Throwable t) {
        return hasCode(t, CP_GROUP_DESTROYED);
    }

    private static boolean hasCode(Throwable t, int code) {
        return t instanceof RemoteException remote && remote.getErrorCode() == code;
    }
}
