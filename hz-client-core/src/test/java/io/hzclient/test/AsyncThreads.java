package io.hzclient.test;

import io.hzclient.HzClient;
import io.hzclient.queue.HzQueue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Which thread runs what an application attaches to a client's async future. */
public final class AsyncThreads {
    private AsyncThreads() {
    }

    /**
     * The thread a stage attached to an async call's future runs on. The stage is attached to a take from an empty
     * queue before the item it waits for is offered, so it cannot find the future already complete and run on the
     * attaching thread. This thread then waits on the stage's own result, never on the take's future: a thread woken
     * from that future's {@code get} helps run its pending stages, and could so run the stage itself.
     */
    public static Thread completingThreadOfAnAsyncCall(HzClient client, Duration wait) throws Exception {
        HzQueue<String> queue = client.getQueue(TestCluster.uniqueName("async-threads"));
        CompletableFuture<String> take = queue.takeAsync();
        CompletableFuture<Thread> thread = take.thenApply(item -> {
            if (!item.equals("item")) {
                throw new IllegalStateException("took " + item);
            }
            return Thread.currentThread();
        });
        if (take.isDone()) {
            throw new IllegalStateException("the take of an empty queue completed before its item was offered");
        }
        queue.offer("item");
        return thread.get(wait.toSeconds(), TimeUnit.SECONDS);
    }
}
