package io.hzclient.demo;

import io.hzclient.HzClient;
import io.hzclient.flakeid.FlakeIdGenerator;
import io.hzclient.pncounter.PNCounter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Unique ids without a database sequence ({@code GET /ids/next}), and a cluster-wide page-view counter. */
@RestController
class CounterController {
    private final FlakeIdGenerator ids;
    private final PNCounter pageViews;

    CounterController(HzClient client) {
        this.ids = client.getFlakeIdGenerator("ids");
        this.pageViews = client.getPNCounter("page-views");
    }

    @GetMapping("/ids/next")
    Map<String, Long> nextId() {
        return Map.of("id", ids.newId());
    }

    /** Counts one view and answers the count across every application of the cluster. */
    @PostMapping("/page-views")
    Map<String, Long> view() {
        return Map.of("views", pageViews.incrementAndGet());
    }

    @GetMapping("/page-views")
    Map<String, Long> views() {
        return Map.of("views", pageViews.get());
    }
}
