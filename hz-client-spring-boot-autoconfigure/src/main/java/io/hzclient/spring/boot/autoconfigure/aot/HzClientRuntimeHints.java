package io.hzclient.spring.boot.autoconfigure.aot;

import io.hzclient.map.EntryListener;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The hints that do not depend on the application: the Jackson mappers JSON mode looks up by name, the listener
 * interface whose default methods the client looks up, and the field of Spring's {@code SimpleKey} that the cache's
 * key converter reads. The application's own types come from {@link HzClientAotProcessor}.
 */
final class HzClientRuntimeHints implements RuntimeHintsRegistrar {
    /** What JSON mode loads by name to find out which Jackson is present (Jackson 3 first). */
    static final String JACKSON_3 = "tools.jackson.databind.json.JsonMapper";
    static final String JACKSON_2 = "com.fasterxml.jackson.databind.ObjectMapper";
    static final String SIMPLE_KEY = "org.springframework.cache.interceptor.SimpleKey";

    @Override
    public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
        hints.reflection().registerTypeIfPresent(classLoader, JACKSON_3, hint -> { });
        hints.reflection().registerTypeIfPresent(classLoader, JACKSON_2, hint -> { });
        // EntryListeners asks the listener's class for each event method (getMethod) to see which it overrides.
        hints.reflection().registerType(EntryListener.class, MemberCategory.INVOKE_PUBLIC_METHODS);
        // The cache's StandardKeyConverter reads SimpleKey's parameters to build a readable key.
        hints.reflection().registerTypeIfPresent(classLoader, SIMPLE_KEY, MemberCategory.ACCESS_DECLARED_FIELDS);
    }

}
