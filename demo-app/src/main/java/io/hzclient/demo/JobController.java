package io.hzclient.demo;

import io.hzclient.list.HzList;
import io.hzclient.queue.HzQueue;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Jobs on a distributed queue ({@code POST /jobs}); {@link JobWorker} processes them; {@code GET /jobs/done} lists them. */
@RestController
class JobController {
    private final HzQueue<String> jobs;
    private final HzList<String> done;

    JobController(@Qualifier("jobs") HzQueue<String> jobs, @Qualifier("jobs-done") HzList<String> done) {
        this.jobs = jobs;
        this.done = done;
    }

    @PostMapping("/jobs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void submit(@RequestBody String job) throws InterruptedException {
        jobs.put(job);
    }

    @GetMapping("/jobs/done")
    List<String> done() {
        return List.copyOf(done);
    }
}
