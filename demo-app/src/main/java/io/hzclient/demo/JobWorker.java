package io.hzclient.demo;

import io.hzclient.list.HzList;
import io.hzclient.spring.boot.HzQueueListener;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Processes the jobs of the {@code jobs} queue, two at a time, and records each in the {@code jobs-done} list. */
@Component
class JobWorker {
    private final HzList<String> done;

    JobWorker(@Qualifier("jobs-done") HzList<String> done) {
        this.done = done;
    }

    @HzQueueListener(value = "jobs", consumers = 2)
    void process(String job) {
        done.add(job.toUpperCase()); // the "processing"
    }
}
