package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.config.SerializationConfig;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.ClassUtils;

import java.util.Map;

/** Turns on the core's JSON mode; the only class here that touches Jackson, so Jackson stays optional. */
final class JsonMode {
    static final String ENABLED = HzClientProperties.PREFIX + ".serialization.json.enabled";
    private static final String OBJECT_MAPPER = "com.fasterxml.jackson.databind.ObjectMapper";

    private JsonMode() {
    }

    static void apply(SerializationConfig.Builder builder, HzClientProperties.Json json, ListableBeanFactory beans) {
        if (!ClassUtils.isPresent(OBJECT_MAPPER, JsonMode.class.getClassLoader())) {
            throw new InvalidConfigurationPropertyValueException(ENABLED, true,
                    "JSON mode needs Jackson 2 (com.fasterxml.jackson.core:jackson-databind) on the classpath");
        }
        Jackson.apply(builder, json, beans);
    }

    /** Loaded only once Jackson is known to be there. */
    private static final class Jackson {
        static void apply(SerializationConfig.Builder builder, HzClientProperties.Json json, ListableBeanFactory beans) {
            Map<String, com.fasterxml.jackson.databind.ObjectMapper> mappers =
                    beans.getBeansOfType(com.fasterxml.jackson.databind.ObjectMapper.class);
            com.fasterxml.jackson.databind.ObjectMapper mapper = mappers.size() == 1
                    ? mappers.values().iterator().next()
                    : new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
            builder.json(mapper, json.getClasses().toArray(Class<?>[]::new));
            builder.jsonPackages(json.getPackages().toArray(String[]::new));
        }
    }
}
