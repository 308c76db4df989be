package io.hzclient.demo;

import io.hzclient.set.HzSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Tags every application of the cluster shares: a distributed set, declared as a bean in application.yml. */
@RestController
class TagController {
    private final HzSet<String> tags;

    TagController(@Qualifier("tags") HzSet<String> tags) {
        this.tags = tags;
    }

    /** Adds a tag; {@code added} is false when some application added it before. */
    @PostMapping("/tags/{tag}")
    Map<String, Boolean> add(@PathVariable String tag) {
        return Map.of("added", tags.add(tag));
    }

    @GetMapping("/tags")
    Set<String> all() {
        return new TreeSet<>(tags);
    }
}
