package io.hzclient.spring.boot.autoconfigure.aot;

import io.hzclient.HzClient;
import io.hzclient.map.EntryListener;
import io.hzclient.spring.boot.HzQueueListener;
import io.hzclient.spring.boot.HzTopicListener;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cache.annotation.CachePut;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds, in the application's bean definitions, the types the client will store and the listeners it will look at,
 * and registers them for reflection:
 * <ul>
 *   <li>the type arguments of the client's data structures wherever a bean gets or declares one
 *       ({@code HzMap<String, Customer>} as a constructor, {@code @Bean} method or setter parameter, a field such as
 *       one annotated with {@code @HzMapRef}, or the type of a {@code @Bean} method), with the types of their fields;
 *   <li>the parameter types of {@code @HzTopicListener} and {@code @HzQueueListener} methods (the methods themselves
 *       are registered by Spring, as the annotations are {@code @Reflective});
 *   <li>the classes named by {@code hz.client.serialization.json.classes} and those of
 *       {@code hz.client.serialization.json.packages};
 *   <li>the return types of {@code @Cacheable} and {@code @CachePut} methods (the values a cache stores);
 *   <li>the public methods of beans that are {@link EntryListener}s;
 *   <li>the serializers and factories named by {@code hz.client.serialization.*} properties (their constructors),
 *       and the classes Java serialization is allowed for ({@code java-serialization.allowed-classes} and
 *       {@code .allowed-packages}).
 * </ul>
 */
final class HzClientAotProcessor implements BeanFactoryInitializationAotProcessor {
    static final String JSON_CLASSES = "hz.client.serialization.json.classes";
    static final String JSON_PACKAGES = "hz.client.serialization.json.packages";
    static final String SERIALIZATION = "hz.client.serialization.";
    static final String JAVA_CLASSES = SERIALIZATION + "java-serialization.allowed-classes";
    static final String JAVA_PACKAGES = SERIALIZATION + "java-serialization.allowed-packages";
    private static final String CLIENT_PACKAGE = "io.hzclient.";
    private static final int MAX_DEPTH = 8;
    private static final URL CLIENT_LOCATION = location(HzClient.class);

    @Override
    public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        StoredTypeHints stored = new StoredTypeHints();
        Set<Class<?>> listeners = new LinkedHashSet<>();
        for (String name : beanFactory.getBeanDefinitionNames()) {
            try {
                RegisteredBean bean = RegisteredBean.of(beanFactory, name);
                Class<?> beanClass = bean.getBeanClass();
                inspect(bean.getBeanType(), false, stored);
                injectionPoints(bean, beanClass, stored);
                if (EntryListener.class.isAssignableFrom(beanClass)) {
                    listeners.add(beanClass);
                }
            } catch (RuntimeException | LinkageError e) {
                // a bean whose type cannot be resolved at build time holds nothing we could name
            }
        }
        Set<Class<?>> instantiated = new LinkedHashSet<>();
        Set<Class<?>> javaSerialized = new LinkedHashSet<>();
        if (beanFactory.containsBean("environment")) {
            Environment environment = beanFactory.getBean("environment", Environment.class);
            ClassLoader classLoader = beanFactory.getBeanClassLoader();
            Binder binder = Binder.get(environment);
            names(binder, JSON_CLASSES, JSON_PACKAGES, environment, classLoader)
                    .forEach(type -> stored.add(ResolvableType.forClass(type)));
            instantiated.addAll(namedSerializers(binder, classLoader));
            javaSerialized.addAll(names(binder, JAVA_CLASSES, JAVA_PACKAGES, environment, classLoader));
        }
        if (stored.types().isEmpty() && listeners.isEmpty() && instantiated.isEmpty() && javaSerialized.isEmpty()) {
            return null;
        }
        return (generationContext, code) -> {
            ReflectionHints hints = generationContext.getRuntimeHints().reflection();
            stored.registerTo(hints);
            listeners.forEach(type -> hints.registerType(type, MemberCategory.INVOKE_PUBLIC_METHODS));
            instantiated.forEach(type -> hints.registerType(type, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS));
            javaSerialized.forEach(type -> generationContext.getRuntimeHints().serialization()
                    .registerType(TypeReference.of(type)));
        };
    }

    private static void injectionPoints(RegisteredBean bean, Class<?> beanClass, StoredTypeHints stored) {
        try {
            parameters(bean.resolveConstructorOrFactoryMethod(), stored);
        } catch (RuntimeException | LinkageError e) {
            // no single constructor or factory method: the declared ones below still count
        }
        for (Class<?> c = beanClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Constructor<?> constructor : c.getDeclaredConstructors()) {
                parameters(constructor, stored);
            }
            for (Field field : c.getDeclaredFields()) {
                inspect(ResolvableType.forField(field, beanClass), false, stored);
            }
        }
        ReflectionUtils.doWithMethods(beanClass, method -> {
            boolean listener = AnnotatedElementUtils.hasAnnotation(method, HzTopicListener.class)
                    || AnnotatedElementUtils.hasAnnotation(method, HzQueueListener.class);
            for (int i = 0; i < method.getParameterCount(); i++) {
                inspect(ResolvableType.forMethodParameter(method, i, beanClass), listener, stored);
            }
            if (AnnotatedElementUtils.hasAnnotation(method, Cacheable.class)
                    || AnnotatedElementUtils.hasAnnotation(method, CachePut.class)) {
                inspect(ResolvableType.forMethodReturnType(method, beanClass), true, stored);
            }
        }, method -> method.getDeclaringClass() != Object.class);
    }

    private static void parameters(Executable executable, StoredTypeHints stored) {
        for (int i = 0; i < executable.getParameterCount(); i++) {
            inspect(ResolvableType.forMethodParameter(MethodParameter.forExecutable(executable, i)), false, stored);
        }
    }

    /**
     * Looks into a type for stored types: the type arguments of the client's types ({@code HzMap<K, V>},
     * {@code Message<T>}), at any depth; the type itself when it is stored (a listener's payload).
     */
    private static void inspect(ResolvableType type, boolean isStored, StoredTypeHints stored) {
        inspect(type, isStored, stored, 0);
    }

    private static void inspect(ResolvableType type, boolean isStored, StoredTypeHints stored, int depth) {
        Class<?> raw = type.resolve();
        if (raw == null || depth > MAX_DEPTH) { // a self-referencing type variable (E extends Enum<E>) never ends
            return;
        }
        if (raw.isArray()) {
            inspect(type.getComponentType(), isStored, stored, depth + 1);
            return;
        }
        boolean clientType = isClientType(raw);
        if (isStored && !clientType) {
            stored.add(type);
            return;
        }
        for (ResolvableType generic : type.getGenerics()) {
            inspect(generic, clientType || isStored, stored, depth + 1);
        }
    }

    /** A type of the client's own (its data structures, {@code Message}), not of an application in its packages. */
    static boolean isClientType(Class<?> type) {
        return type.getName().startsWith(CLIENT_PACKAGE) && Objects.equals(location(type), CLIENT_LOCATION);
    }

    private static URL location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }

    /** The classes named by a property of class names and a property of packages (all their classes). */
    private static Set<Class<?>> names(Binder binder, String classesProperty, String packagesProperty,
                                       Environment environment, ClassLoader classLoader) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (String name : binder.bind(classesProperty, Bindable.listOf(String.class)).orElse(List.of())) {
            load(name, classLoader, types);
        }
        List<String> packages = binder.bind(packagesProperty, Bindable.listOf(String.class)).orElse(List.of());
        if (!packages.isEmpty()) {
            ClassPathScanningCandidateComponentProvider scanner =
                    new ClassPathScanningCandidateComponentProvider(false, environment);
            scanner.setResourceLoader(new DefaultResourceLoader(classLoader));
            scanner.addIncludeFilter((reader, factory) -> true);
            for (String p : packages) {
                scanner.findCandidateComponents(p.trim()).forEach(d -> load(d.getBeanClassName(), classLoader, types));
            }
        }
        return types;
    }

    /** The serializers and factories that the starter creates from their class names, with no-argument constructors. */
    private static Set<Class<?>> namedSerializers(Binder binder, ClassLoader classLoader) {
        List<String> names = new ArrayList<>();
        Bindable<Map<String, String>> byKey = Bindable.mapOf(String.class, String.class);
        binder.bind(SERIALIZATION + "data-serializable-factories", byKey).ifBound(m -> names.addAll(m.values()));
        binder.bind(SERIALIZATION + "portable-factories", byKey).ifBound(m -> names.addAll(m.values()));
        binder.bind(SERIALIZATION + "serializers", byKey).ifBound(m -> names.addAll(m.values()));
        binder.bind(SERIALIZATION + "global-serializer", String.class).ifBound(names::add);
        binder.bind(SERIALIZATION + "compact-serializers", Bindable.listOf(String.class)).ifBound(names::addAll);
        Set<Class<?>> types = new LinkedHashSet<>();
        names.forEach(name -> load(name, classLoader, types));
        return types;
    }

    private static void load(String name, ClassLoader classLoader, Set<Class<?>> types) {
        try {
            types.add(ClassUtils.forName(name.trim(), classLoader));
        } catch (ClassNotFoundException | LinkageError | IllegalArgumentException e) {
            // not on the build's classpath: nothing to register
        }
    }
}
