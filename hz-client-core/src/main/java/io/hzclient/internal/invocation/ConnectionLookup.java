package io.hzclient.internal.invocation;

import io.hzclient.internal.connection.Connection;

import java.util.UUID;

/** What the invocation layer asks of the connection layer when it picks where a call goes. */
public interface ConnectionLookup {

    /** The live connection to that member, or null. */
    Connection connectionTo(UUID memberUuid);

    /** A live connection to the member the load balancer picks, or any live one; null if there is none. */
    Connection anyConnection();

    /** When disconnected: true to fail calls at once (reconnect mode ASYNC), false to let them wait for a reconnect. */
    boolean failFastWhenDisconnected();

    boolean isClientActive();
}
