package io.hzclient.spring.boot.autoconfigure.beans;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;

/** The methods of a bean that carry one of our listener annotations, as the listener registrars find and call them. */
final class AnnotatedMethods {
    private AnnotatedMethods() {
    }

    /** The bean's methods (of its target class, behind any AOP proxy) carrying {@code annotation}, with it. */
    static <A extends Annotation> Map<Method, A> of(Object bean, Class<A> annotation) {
        return MethodIntrospector.selectMethods(AopUtils.getTargetClass(bean),
                (MethodIntrospector.MetadataLookup<A>) m -> AnnotatedElementUtils.findMergedAnnotation(m, annotation));
    }

    /** {@code method} as it can be invoked on {@code bean} (its proxy's method, if any), made accessible. */
    static Method invocable(Method method, Object bean) {
        Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
        ReflectionUtils.makeAccessible(invocable);
        return invocable;
    }
}
