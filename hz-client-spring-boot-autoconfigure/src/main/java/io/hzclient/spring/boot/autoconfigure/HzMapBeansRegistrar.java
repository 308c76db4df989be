package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.map.HzMap;
import org.springframework.beans.factory.config.BeanDefinition;
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

import java.util.List;

/**
 * Registers a bean for each name under {@code hz.client.beans.maps}, named after the map, so that
 * {@code @Autowired @Qualifier("customers") HzMap<String, Customer> customers} works. A bean of the same name that the
 * application defines itself wins.
 */
class HzMapBeansRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {
    static final String MAPS = HzClientProperties.PREFIX + ".beans.maps";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        List<String> names = Binder.get(environment).bind(MAPS, Bindable.listOf(String.class)).orElse(List.of());
        for (String name : names) {
            if (name == null || name.isBlank() || registry.containsBeanDefinition(name)) {
                continue; // blank names fail the properties' validation; the application's own bean wins
            }
            RootBeanDefinition definition = new RootBeanDefinition(HzMapFactoryBean.class);
            definition.getConstructorArgumentValues().addIndexedArgumentValue(0, name);
            definition.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR);
            definition.setRole(BeanDefinition.ROLE_APPLICATION);
            definition.setAttribute(org.springframework.beans.factory.FactoryBean.OBJECT_TYPE_ATTRIBUTE,
                    ResolvableType.forClass(HzMap.class));
            registry.registerBeanDefinition(name, definition);
        }
    }
}
