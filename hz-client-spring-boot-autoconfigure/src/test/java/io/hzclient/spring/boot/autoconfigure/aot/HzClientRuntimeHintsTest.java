package io.hzclient.spring.boot.autoconfigure.aot;

import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryListener;
import io.hzclient.map.MapEvent;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.cache.interceptor.SimpleKey;

import static org.assertj.core.api.Assertions.assertThat;

/** The hints that do not depend on the application. */
class HzClientRuntimeHintsTest {

    @Test
    void theJacksonMappersJsonModeLooksUpByNameTheListenerMethodsAndSimpleKeysParametersAreRegistered()
            throws Exception {
        RuntimeHints hints = new RuntimeHints();
        new HzClientRuntimeHints().registerHints(hints, getClass().getClassLoader());

        assertThat(RuntimeHintsPredicates.reflection().onType(TypeReference.of(HzClientRuntimeHints.JACKSON_3)))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onType(TypeReference.of(HzClientRuntimeHints.JACKSON_2)))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(
                EntryListener.class.getMethod("entryAdded", EntryEvent.class))).accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(
                EntryListener.class.getMethod("mapCleared", MapEvent.class))).accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onFieldAccess(SimpleKey.class, "params")).accepts(hints);
    }

    @Test
    void aJacksonThatIsNotOnTheClasspathIsNotRegistered() {
        RuntimeHints hints = new RuntimeHints();
        ClassLoader withoutJackson = new ClassLoader(null) {
        };

        new HzClientRuntimeHints().registerHints(hints, withoutJackson);

        assertThat(RuntimeHintsPredicates.reflection().onType(TypeReference.of(HzClientRuntimeHints.JACKSON_3)))
                .rejects(hints);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(EntryListener.class, "entryAdded"))
                .accepts(hints);
    }
}
