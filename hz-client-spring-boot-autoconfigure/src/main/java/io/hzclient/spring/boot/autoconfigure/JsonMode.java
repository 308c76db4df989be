package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.config.SerializationConfig;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.ClassUtils;

import java.util.function.Predicate;

/**
 * Turns on the core's JSON mode with the application's mapper; the only class here that touches Jackson, so both
 * Jacksons stay optional. Jackson 3 wins: the application's {@code JsonMapper} bean (Boot 4 makes one) if there is
 * exactly one (or a primary one), else the core's default Jackson 3 mapper. Jackson 2 only when Jackson 3 is not on
 * the classpath: the application's {@code ObjectMapper} bean, else the core's default Jackson 2 mapper.
 */
final class JsonMode {
    static final String ENABLED = HzClientProperties.PREFIX + ".serialization.json.enabled";
    static final String JACKSON_3 = "tools.jackson.databind.json.JsonMapper";
    static final String JACKSON_2 = "com.fasterxml.jackson.databind.ObjectMapper";

    private JsonMode() {
    }

    static void apply(SerializationConfig.Builder builder, HzClientProperties.Json json, ListableBeanFactory beans) {
        apply(builder, json, beans, name -> ClassUtils.isPresent(name, JsonMode.class.getClassLoader()));
    }

    /** {@code present} says whether a class can be loaded: a seam for tests. */
    static void apply(SerializationConfig.Builder builder, HzClientProperties.Json json, ListableBeanFactory beans,
                      Predicate<String> present) {
        if (present.test(JACKSON_3)) {
            Jackson3.apply(builder, beans);
        } else if (present.test(JACKSON_2)) {
            Jackson2.apply(builder, beans);
        } else {
            throw new InvalidConfigurationPropertyValueException(ENABLED, true, "JSON mode needs Jackson on the"
                    + " classpath: tools.jackson.core:jackson-databind (Jackson 3, which Spring Boot 4 brings with"
                    + " spring-boot-starter-jackson) or com.fasterxml.jackson.core:jackson-databind (Jackson 2)");
        }
        builder.json(json.getClasses().toArray(Class<?>[]::new));
        builder.jsonPackages(json.getPackages().toArray(String[]::new));
    }

    /** Loaded only once Jackson 3 is known to be there. */
    private static final class Jackson3 {
        static void apply(SerializationConfig.Builder builder, ListableBeanFactory beans) {
            tools.jackson.databind.json.JsonMapper mapper =
                    beans.getBeanProvider(tools.jackson.databind.json.JsonMapper.class).getIfUnique();
            if (mapper != null) {
                builder.jsonMapper(mapper);
            }
        }
    }

    /** Loaded only once Jackson 2 is known to be there and Jackson 3 is not. */
    private static final class Jackson2 {
        static void apply(SerializationConfig.Builder builder, ListableBeanFactory beans) {
            com.fasterxml.jackson.databind.ObjectMapper mapper =
                    beans.getBeanProvider(com.fasterxml.jackson.databind.ObjectMapper.class).getIfUnique();
            if (mapper != null) {
                builder.jackson2JsonMapper(mapper);
            }
        }
    }
}
