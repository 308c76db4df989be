package io.hzclient.spring.boot.autoconfigure.beans;

import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers a bean for each name under {@code hz.client.beans.maps}, {@code .topics}, {@code .pn-counters} and
 * {@code .flake-id-generators}, named after the structure, so that
 * {@code @Autowired @Qualifier("customers") HzMap<String, Customer> customers} works. A bean of the same name that the
 * application defines itself wins; one name declared under two kinds fails the startup.
 */
final class DistributedObjectBeansRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        Binder binder = Binder.get(environment);
        Map<String, DistributedObjectKind> ours = new HashMap<>();
        for (DistributedObjectKind kind : DistributedObjectKind.values()) {
            List<String> names = binder.bind(kind.propertyName(), Bindable.listOf(String.class)).orElse(List.of());
            for (String name : names) {
                if (name == null || name.isBlank()) {
                    continue; // the properties' validation reports it
                }
                DistributedObjectKind other = ours.putIfAbsent(name, kind);
                if (other != null) {
                    throw new IllegalStateException("The bean name '" + name + "' is declared under both "
                            + other.propertyName() + " and " + kind.propertyName()
                            + "; declare it once and inject the other with HzClient");
                }
                if (!registry.containsBeanDefinition(name)) {
                    registry.registerBeanDefinition(name, definition(kind, name));
                }
            }
        }
    }

    private static RootBeanDefinition definition(DistributedObjectKind kind, String name) {
        RootBeanDefinition definition = new RootBeanDefinition(DistributedObjectFactoryBean.class);
        definition.getConstructorArgumentValues().addIndexedArgumentValue(0, kind);
        definition.getConstructorArgumentValues().addIndexedArgumentValue(1, name);
        definition.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR);
        definition.setAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE, ResolvableType.forClass(kind.type));
        // what AOT-generated definitions keep: without it an AOT-processed application finds no HzMap<K, V> bean
        definition.setTargetType(ResolvableType.forClassWithGenerics(DistributedObjectFactoryBean.class, kind.type));
        return definition;
    }
}
