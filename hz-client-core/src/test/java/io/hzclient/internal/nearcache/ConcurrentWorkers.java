package io.hzclient.internal.nearcache;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs one body on many threads released at once, and fails with what any of them threw. */
final class ConcurrentWorkers {
    private ConcurrentWorkers() {
    }

    static void run(int threads, Consumer<ThreadLocalRandom> body) throws InterruptedException {
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    body.accept(ThreadLocalRandom.current());
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join(TimeUnit.MINUTES.toMillis(2));
            assertThat(worker.isAlive()).as("a worker still runs after 2 minutes").isFalse();
        }
        assertThat(failures).isEmpty();
    }
}
