package io.hzclient.demo;

import io.hzclient.list.HzList;
import io.hzclient.queue.HzQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * Takes jobs off the {@code jobs} queue in a thread of its own and records each as done in the {@code jobs-done}
 * list. It polls with a timeout and checks between polls whether to stop, rather than being interrupted in a take
 * (an interrupted take may leave the member handing it an item that is then not delivered).
 */
@Component
class JobWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

    private final HzQueue<String> jobs;
    private final HzList<String> done;
    private volatile boolean running;
    private Thread thread;

    JobWorker(@Qualifier("jobs") HzQueue<String> jobs, @Qualifier("jobs-done") HzList<String> done) {
        this.jobs = jobs;
        this.done = done;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::work, "job-worker");
        thread.start();
    }

    private void work() {
        while (running) {
            try {
                String job = jobs.poll(1, TimeUnit.SECONDS);
                if (job != null) {
                    done.add(job.toUpperCase()); // the "processing"
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("job worker: {}; polling again in a second", e.toString()); // e.g. the cluster away
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
