package io.hzclient.demo;

import io.hzclient.HzClient;
import io.hzclient.spring.boot.HzTopicListener;
import io.hzclient.topic.ReliableTopic;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * {@code POST /messages} publishes to the reliable topic {@code messages}; {@link #received} is subscribed to it with
 * one annotation, and {@code GET /messages/recent} shows the last ten messages it got (from any application on the
 * cluster).
 */
@RestController
@RequestMapping("/messages")
class MessageController {
    private static final int KEPT = 10;
    private final ReliableTopic<String> messages;
    private final Deque<String> recent = new ArrayDeque<>();

    MessageController(HzClient client) {
        this.messages = client.getReliableTopic("messages");
    }

    @PostMapping
    void publish(@RequestBody String text) {
        messages.publish(text);
    }

    @GetMapping("/recent")
    synchronized List<String> recent() {
        return List.copyOf(recent);
    }

    @HzTopicListener(value = "messages", reliable = true)
    synchronized void received(String text) {
        recent.addLast(text);
        if (recent.size() > KEPT) {
            recent.removeFirst();
        }
    }
}
