package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;

import java.util.function.Predicate;

/**
 * Chooses JSON mode's library by what is on the classpath: Jackson 3 ({@code tools.jackson.databind}) first,
 * Jackson 2 ({@code com.fasterxml.jackson.databind}) only when Jackson 3 is not there. A mapper given in the
 * configuration decides by its own type. Each library's classes are touched only once it is known to be present.
 */
final class JsonEngines {
    static final String JACKSON_3 = "tools.jackson.databind.json.JsonMapper";
    static final String JACKSON_2 = "com.fasterxml.jackson.databind.ObjectMapper";

    private JsonEngines() {
    }

    /**
     * The engine of JSON mode, with the classpath of this class.
     *
     * @param mapper the configured mapper, or null for a default one
     * @return the engine
     */
    static JsonEngine choose(Object mapper) {
        return choose(mapper, JsonEngines::present);
    }

    /**
     * The engine of JSON mode.
     *
     * @param mapper  the configured mapper (a Jackson 3 or Jackson 2 ObjectMapper), or null for a default one
     * @param present whether a class of that name can be loaded (a seam for tests)
     * @return the engine
     * @throws SerializationException if neither Jackson is present, or the mapper is not a Jackson mapper
     */
    static JsonEngine choose(Object mapper, Predicate<String> present) {
        boolean jackson3 = present.test(JACKSON_3);
        boolean jackson2 = present.test(JACKSON_2);
        if (mapper == null) {
            if (jackson3) {
                return Jackson3Engine.withDefaultMapper();
            }
            if (jackson2) {
                return Jackson2Engine.withDefaultMapper();
            }
            throw new SerializationException("JSON mode needs Jackson on the classpath: add"
                    + " tools.jackson.core:jackson-databind (Jackson 3, preferred) or"
                    + " com.fasterxml.jackson.core:jackson-databind (Jackson 2)");
        }
        if (jackson3 && Jackson3Engine.takes(mapper)) {
            return new Jackson3Engine(mapper);
        }
        if (jackson2 && Jackson2Engine.takes(mapper)) {
            return new Jackson2Engine(mapper);
        }
        throw new SerializationException("the JSON mapper " + mapper.getClass().getName() + " is not a Jackson 3"
                + " (tools.jackson.databind.ObjectMapper) or Jackson 2 (com.fasterxml.jackson.databind.ObjectMapper)"
                + " mapper, or its Jackson is not on the classpath");
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, JsonEngines.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
