package io.hzclient.engine;

import io.hzclient.map.HzMap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Puts new keys of a {@link PutLedger} until stopped: sync from several threads, or async with a bound in flight. */
final class PutLoad {
    private final List<Thread> threads = new ArrayList<>();
    private final Semaphore inFlight;
    private final int permits;
    private volatile boolean running = true;

    private PutLoad(int permits) {
        this.permits = permits;
        this.inFlight = new Semaphore(permits);
    }

    static PutLoad sync(HzMap<Integer, Integer> map, PutLedger ledger, int threads) {
        PutLoad load = new PutLoad(0);
        for (int i = 0; i < threads; i++) {
            load.start("sync-put-" + i, () -> {
                for (int k; load.running && (k = ledger.nextKey()) >= 0; ) {
                    try {
                        map.put(k, PutLedger.valueOf(k));
                        ledger.ended(k, null);
                    } catch (RuntimeException e) {
                        ledger.ended(k, e);
                    }
                }
            });
        }
        return load;
    }

    static PutLoad async(HzMap<Integer, Integer> map, PutLedger ledger, int maxInFlight) {
        PutLoad load = new PutLoad(maxInFlight);
        load.start("async-put", () -> {
            try {
                while (load.running) {
                    load.inFlight.acquire();
                    int k = ledger.nextKey();
                    if (k < 0) {
                        load.inFlight.release();
                        return;
                    }
                    map.putAsync(k, PutLedger.valueOf(k)).whenComplete((v, e) -> {
                        ledger.ended(k, e);
                        load.inFlight.release();
                    });
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return load;
    }

    private void start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    /** Stops sending and waits until every call sent has ended. */
    void stop(Duration timeout) throws InterruptedException {
        running = false;
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread t : threads) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (t.isAlive()) {
                throw new IllegalStateException(t.getName() + " still runs " + timeout + " after the stop");
            }
        }
        if (!inFlight.tryAcquire(permits, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException((permits - inFlight.availablePermits()) + " async puts still in flight "
                    + timeout + " after the stop");
        }
    }
}
