package io.hzclient.spring.boot;

import org.springframework.aot.hint.annotation.Reflective;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Consumes a queue with a bean's method: each item taken off the queue is passed to the method, which takes it as
 * its one parameter.
 * <pre>{@code
 * @HzQueueListener(value = "jobs", consumers = 4, onFailure = OnFailure.MOVE, deadLetterQueue = "jobs-failed")
 * void process(Job job) { ... }
 * }</pre>
 * Each consumer is a thread of its own that polls the queue (a second at a time) and calls the method. Consumers
 * start once the application context is ready and stop before the client shuts down: each finishes the item it
 * has taken, and nothing more is taken, so no item taken off the queue is lost to a shutdown. While the client is
 * not connected (lazy startup, the cluster away) they wait and poll again.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Reflective // AOT: the annotated methods of beans are registered for reflective invocation
public @interface HzQueueListener {

    /**
     * The queue's name.
     *
     * @return the name of the queue to consume
     */
    String value();

    /**
     * How many threads consume the queue for this method.
     *
     * @return the number of consumers, at least 1; 1 by default
     */
    int consumers() default 1;

    /**
     * What happens to an item when the method throws.
     *
     * @return the failure handling; {@link OnFailure#LOG} by default
     */
    OnFailure onFailure() default OnFailure.LOG;

    /**
     * With {@link OnFailure#RETRY}: how many times the method is called for one item in all before the item is
     * logged and dropped.
     *
     * @return the number of attempts, at least 1; 3 by default
     */
    int maxAttempts() default 3;

    /**
     * With {@link OnFailure#MOVE}: the queue a failed item is put on.
     *
     * @return the dead-letter queue's name; required with MOVE
     */
    String deadLetterQueue() default "";

    /** What happens to an item when the method throws. */
    enum OnFailure {
        /** The error is logged with the item, and the item is dropped. */
        LOG,
        /** The method is called again for the item, up to {@link #maxAttempts()} times, then as {@link #LOG}. */
        RETRY,
        /** The item is put on {@link #deadLetterQueue()}, and the error logged. */
        MOVE
    }
}
