package io.hzclient.spring.boot.autoconfigure.beans;

import io.hzclient.HzClient;
import io.hzclient.LifecycleState;
import io.hzclient.spring.boot.HzTopicListener;
import io.hzclient.topic.Message;
import io.hzclient.topic.MessageListener;
import io.hzclient.topic.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes {@link HzTopicListener} work: finds the annotated methods of every bean, checks their signature at startup,
 * and subscribes them once all singletons exist (with lazy startup: as soon as the client first connects).
 */
final class HzTopicListenerRegistrar implements BeanPostProcessor, SmartInitializingSingleton {
    private static final Logger LOG = LoggerFactory.getLogger(HzTopicListenerRegistrar.class);

    private final ObjectProvider<HzClient> client;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    HzTopicListenerRegistrar(ObjectProvider<HzClient> client) {
        this.client = client;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        AnnotatedMethods.of(bean, HzTopicListener.class).forEach((method, annotation) -> {
            if (method.getParameterCount() != 1) {
                throw new IllegalStateException("@HzTopicListener method " + type.getName() + "." + method.getName()
                        + " must take exactly one parameter: the message payload or an io.hzclient.topic.Message");
            }
            Method invocable = AnnotatedMethods.invocable(method, bean);
            subscriptions.add(new Subscription(annotation, bean, invocable, beanName));
        });
        return bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
        HzClient hz = client.getIfAvailable();
        if (hz == null || subscriptions.isEmpty()) {
            return;
        }
        if (hz.isConnected()) {
            subscribeAll(hz);
            return;
        }
        AtomicBoolean done = new AtomicBoolean();
        hz.addLifecycleListener(state -> { // lazy startup: subscribe on the first connection
            if (state == LifecycleState.CONNECTED && done.compareAndSet(false, true)) {
                subscribeAll(hz);
            }
        });
        if (hz.isConnected() && done.compareAndSet(false, true)) {
            subscribeAll(hz);
        }
    }

    private void subscribeAll(HzClient hz) {
        for (Subscription s : subscriptions) {
            String topicName = s.annotation.value();
            Topic<Object> topic = s.annotation.reliable() ? hz.getReliableTopic(topicName) : hz.getTopic(topicName);
            topic.addMessageListener(s);
            LOG.info("{}.{} listens to {}topic '{}'", s.beanName, s.method.getName(),
                    s.annotation.reliable() ? "reliable " : "", topicName);
        }
    }

    /** One annotated method, as a listener. */
    private record Subscription(HzTopicListener annotation, Object bean, Method method, String beanName)
            implements MessageListener<Object> {

        @Override
        public void onMessage(Message<Object> message) {
            boolean wholeMessage = Message.class.isAssignableFrom(method.getParameterTypes()[0]);
            try {
                method.invoke(bean, wholeMessage ? message : message.payload());
            } catch (InvocationTargetException e) {
                LOG.warn("{}.{} threw on a message of topic '{}'; it stays subscribed", beanName, method.getName(),
                        annotation.value(), e.getCause());
            } catch (IllegalAccessException | IllegalArgumentException e) {
                LOG.warn("{}.{} could not take a message of topic '{}' ({})", beanName, method.getName(),
                        annotation.value(), e.toString());
            }
        }
    }
}
