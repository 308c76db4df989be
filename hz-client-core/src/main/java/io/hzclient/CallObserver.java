package io.hzclient;

/**
 * Told of each remote call the application makes, as it starts and as it ends: the seam for tracing (the Spring Boot
 * starter implements it with Micrometer's {@code ObservationRegistry}; the core client depends on no tracing
 * library). Set with {@link io.hzclient.config.ClientConfig.Builder#callObserver}; by default {@link #NONE}, and
 * then the client asks nothing and allocates nothing for it on the call path.
 *
 * <p>{@link #callStarted} runs in the thread that makes the call (the caller's, for a sync or an async call), before
 * the call is sent: the place to read the caller's context (e.g. its current span) and start something of one's own.
 * {@link #callEnded} runs once, as the call ends, in whatever thread ends it (an I/O thread for an answer, the
 * client's scheduler for a timeout, the caller's for a cancellation), before the caller is woken. Both must be quick
 * and must not call the client. What they throw is logged and otherwise ignored: the call goes on.
 *
 * <p>Calls the client makes for itself on one connection (authentication, heartbeats, listener registrations) are
 * not observed; every other call is, once, however often it is retried.
 */
public interface CallObserver {

    /** Observes nothing: the default. */
    CallObserver NONE = new CallObserver() {
        @Override
        public Object callStarted(StartedCall call) {
            return null;
        }

        @Override
        public void callEnded(Object context, String memberAddress, Throwable failure) {
            // nothing
        }

        @Override
        public String toString() {
            return "CallObserver.NONE";
        }
    };

    /**
     * A call starts, in the thread that makes it.
     *
     * @param call the call: what it is, readable only during this method
     * @return what {@link #callEnded} gets back as the call ends (e.g. an observation), or null not to be told of
     *         its end
     */
    Object callStarted(StartedCall call);

    /**
     * A call ends (answer, error, timeout, lost connection, shutdown or cancellation), in whatever thread ends it.
     * Only for calls whose {@link #callStarted} returned something other than null.
     *
     * @param context       what {@link #callStarted} returned for this call
     * @param memberAddress {@code host:port} of the member the call's last try went to, or null if it was never sent
     * @param failure       why the call failed, or null if it succeeded
     */
    void callEnded(Object context, String memberAddress, Throwable failure);

    /** What a call is, as it starts. */
    interface StartedCall {

        /**
         * The protocol operation's name.
         *
         * @return the name as the protocol spells it, e.g. {@code Map.Get}
         */
        String operationName();

        /**
         * The name of the distributed object the call is for; read from the request on each call (a new string).
         *
         * @return the object's name (e.g. the map's), or null for an operation that names no object this way (CP
         *         structures, SQL, transactions, the client's own operations...)
         */
        String objectName();

        /**
         * The partition the call goes to.
         *
         * @return the partition id, or -1 for a call routed to a member rather than a partition
         */
        int partitionId();
    }
}
