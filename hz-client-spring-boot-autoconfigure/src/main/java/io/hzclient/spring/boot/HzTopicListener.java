package io.hzclient.spring.boot;

import org.springframework.aot.hint.annotation.Reflective;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Subscribes a bean's method to a topic: the method is called with each message, no listener plumbing needed.
 * The method takes one parameter: the message's payload, or the whole {@link io.hzclient.topic.Message}.
 * <pre>{@code
 * @HzTopicListener(value = "orders", reliable = true)
 * void onOrder(Order order) { ... }
 * }</pre>
 * A reliable topic listener reads from the next message on, with the topic's {@code hz.client.reliable-topics.*}
 * settings. If the method throws, the error is logged and the listener stays subscribed.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Reflective // AOT: the annotated methods of beans are registered for reflective invocation
public @interface HzTopicListener {

    /**
     * The topic's name.
     *
     * @return the name of the topic to subscribe to
     */
    String value();

    /**
     * True for a reliable topic (backed by a ringbuffer), false for a plain topic.
     *
     * @return whether the topic is a reliable topic; false by default
     */
    boolean reliable() default false;
}
