package io.hzclient.internal.protocol;


import java.util.concurrent.CompletableFuture;

/**
 * What has to reach the cluster before a request that the calling thread built may go: the Compact schemas its
 * data refers to that the cluster has not confirmed yet. The invocation service asks once per call, in the thread
 * that invokes, and sends the request when the returned future completes; so serialization never waits for the
 * cluster, and an async call stays async.
 */
@FunctionalInterface
public interface BeforeSend {
    BeforeSend NOTHING = request -> null;

    /**
     * Null when {@code request} may go now: the common case, which must cost one check and no allocation. Otherwise a
     * future that completes when it may go, or fails (with the reason, for the caller) if it must not.
     */
    CompletableFuture<Void> beforeSend(ClientMessage request);
}
