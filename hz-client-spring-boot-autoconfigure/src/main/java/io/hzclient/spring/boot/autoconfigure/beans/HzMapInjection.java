package io.hzclient.spring.boot.autoconfigure.beans;

import io.hzclient.HzClient;
import io.hzclient.spring.boot.HzMapRef;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.AutowireCandidateResolver;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import java.lang.annotation.Annotation;

/**
 * Makes {@link HzMapRef} work: the context's autowire candidate resolver is wrapped so that an injection point
 * annotated with it gets the named map as its suggested value (the way {@code @Value} gets its text), and every other
 * question goes to the resolver that was there.
 */
final class HzMapInjection implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        if (beanFactory instanceof DefaultListableBeanFactory dlbf
                && !(dlbf.getAutowireCandidateResolver() instanceof Resolver)) {
            dlbf.setAutowireCandidateResolver(new Resolver(dlbf.getAutowireCandidateResolver(), dlbf));
        }
    }

    private record Resolver(AutowireCandidateResolver delegate, DefaultListableBeanFactory beanFactory)
            implements AutowireCandidateResolver {

        @Override
        public Object getSuggestedValue(DependencyDescriptor descriptor) {
            HzMapRef ref = find(descriptor.getAnnotations());
            if (ref == null) {
                return delegate.getSuggestedValue(descriptor);
            }
            HzClient client = beanFactory.getBean(HzClient.class);
            return DistributedObjects.get(client, DistributedObjectKind.MAPS, ref.value());
        }

        private static HzMapRef find(Annotation[] annotations) {
            for (Annotation a : annotations) {
                if (a instanceof HzMapRef ref) {
                    return ref;
                }
            }
            return null;
        }

        @Override
        public boolean isAutowireCandidate(BeanDefinitionHolder holder, DependencyDescriptor descriptor) {
            return delegate.isAutowireCandidate(holder, descriptor);
        }

        @Override
        public boolean isRequired(DependencyDescriptor descriptor) {
            return delegate.isRequired(descriptor);
        }

        @Override
        public boolean hasQualifier(DependencyDescriptor descriptor) {
            return delegate.hasQualifier(descriptor);
        }

        @Override
        public String getSuggestedName(DependencyDescriptor descriptor) {
            return delegate.getSuggestedName(descriptor);
        }

        @Override
        public Object getLazyResolutionProxyIfNecessary(DependencyDescriptor descriptor, String beanName) {
            return delegate.getLazyResolutionProxyIfNecessary(descriptor, beanName);
        }

        @Override
        public Class<?> getLazyResolutionProxyClass(DependencyDescriptor descriptor, String beanName) {
            return delegate.getLazyResolutionProxyClass(descriptor, beanName);
        }

        @Override
        public AutowireCandidateResolver cloneIfNecessary() {
            return new Resolver(delegate.cloneIfNecessary(), beanFactory);
        }
    }
}
