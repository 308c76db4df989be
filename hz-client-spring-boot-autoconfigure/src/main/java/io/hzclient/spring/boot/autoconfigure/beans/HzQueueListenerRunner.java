package io.hzclient.spring.boot.autoconfigure.beans;

import io.hzclient.HzClient;
import io.hzclient.queue.HzQueue;
import io.hzclient.spring.boot.HzQueueListener;
import io.hzclient.spring.boot.HzQueueListener.OnFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.VirtualThreadTaskExecutor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Makes {@link HzQueueListener} work: finds and checks the annotated methods as beans are made, starts their
 * consumer threads as the context starts, and stops them (each finishing the item it holds) as it stops, which is
 * before the client shuts down.
 */
final class HzQueueListenerRunner implements BeanPostProcessor, SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(HzQueueListenerRunner.class);
    /** How long a consumer waits for an item before it looks again whether it should stop. */
    private static final long POLL_SECONDS = 1;
    /** How long a consumer waits after a failed poll (client not connected, cluster away). */
    private static final long PAUSE_MILLIS = 1000;

    private final ObjectProvider<HzClient> client;
    private final List<Consumer> consumers = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private final ThreadFactory threadFactory;

    /** With {@code virtualThreads}, each consumer a virtual thread (Java 21 and later) instead of a platform one. */
    HzQueueListenerRunner(ObjectProvider<HzClient> client, boolean virtualThreads) {
        this.client = client;
        this.threadFactory = virtualThreads ? new VirtualThreadTaskExecutor("hz-queue-").getVirtualThreadFactory()
                : Thread::new;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        AnnotatedMethods.of(bean, HzQueueListener.class).forEach((method, annotation) -> {
            String where = "@HzQueueListener method " + type.getName() + "." + method.getName();
            check(method.getParameterCount() == 1, where + " must take exactly one parameter: the item");
            check(!annotation.value().isBlank(), where + " needs a queue name");
            check(annotation.consumers() >= 1, where + ": consumers must be at least 1, got " + annotation.consumers());
            check(annotation.maxAttempts() >= 1, where + ": maxAttempts must be at least 1, got "
                    + annotation.maxAttempts());
            check(annotation.onFailure() != OnFailure.MOVE || !annotation.deadLetterQueue().isBlank(),
                    where + ": onFailure = MOVE needs a deadLetterQueue");
            Method invocable = AnnotatedMethods.invocable(method, bean);
            consumers.add(new Consumer(annotation, bean, invocable, beanName + "." + method.getName()));
        });
        return bean;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    @Override
    public synchronized void start() {
        HzClient hz = client.getIfAvailable();
        if (hz == null || consumers.isEmpty()) {
            return;
        }
        running = true;
        for (Consumer c : consumers) {
            HzQueue<Object> queue = hz.getQueue(c.annotation.value());
            HzQueue<Object> deadLetters = c.annotation.onFailure() == OnFailure.MOVE
                    ? hz.getQueue(c.annotation.deadLetterQueue()) : null;
            for (int i = 0; i < c.annotation.consumers(); i++) {
                Thread t = threadFactory.newThread(() -> consume(c, queue, deadLetters));
                t.setName("hz-queue-" + c.annotation.value() + "-" + i);
                t.setDaemon(true); // virtual threads are daemons anyway
                threads.add(t);
                t.start();
            }
            LOG.info("{} consumes queue '{}' with {} thread(s)", c.name, c.annotation.value(), c.annotation.consumers());
        }
    }

    private void consume(Consumer c, HzQueue<Object> queue, HzQueue<Object> deadLetters) {
        while (running) {
            Object item;
            try {
                item = queue.poll(POLL_SECONDS, TimeUnit.SECONDS); // never interrupted: an item it takes is handled
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.debug("{}: polling queue '{}' failed ({}); again in a second", c.name, c.annotation.value(),
                        e.toString());
                if (!pause()) {
                    return;
                }
                continue;
            }
            if (item != null) {
                c.handle(item, deadLetters);
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** Stops taking items, and waits for each consumer to finish the one it holds. */
    @Override
    public synchronized void stop() {
        running = false;
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One annotated method. */
    private record Consumer(HzQueueListener annotation, Object bean, Method method, String name) {

        void handle(Object item, HzQueue<Object> deadLetters) {
            int attempts = annotation.onFailure() == OnFailure.RETRY ? annotation.maxAttempts() : 1;
            Throwable failure = null;
            for (int attempt = 1; attempt <= attempts; attempt++) {
                try {
                    method.invoke(bean, item);
                    return;
                } catch (InvocationTargetException e) {
                    failure = e.getCause();
                } catch (IllegalAccessException | IllegalArgumentException e) {
                    failure = e;
                    break; // the item does not fit the method: trying again cannot help
                }
            }
            if (deadLetters != null) {
                moveToDeadLetters(item, deadLetters, failure);
            } else {
                LOG.warn("{} failed on an item of queue '{}' after {} attempt(s); the item is dropped: {}", name,
                        annotation.value(), attempts, item, failure);
            }
        }

        private void moveToDeadLetters(Object item, HzQueue<Object> deadLetters, Throwable failure) {
            try {
                deadLetters.put(item);
                LOG.warn("{} failed on an item of queue '{}'; it is moved to '{}'", name, annotation.value(),
                        deadLetters.getName(), failure);
            } catch (InterruptedException | RuntimeException e) {
                LOG.error("{} failed on an item of queue '{}' and it could not be moved to '{}' ({}); it is dropped: {}",
                        name, annotation.value(), deadLetters.getName(), e, item, failure);
            }
        }
    }
}
