package io.hzclient.spring.boot.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata the builds generate (META-INF/spring-configuration-metadata.json of this module's jar
 * and of hz-client-spring-cache's, for hz.client.cache.*: what IDEs and {@code spring-boot-properties-migrator} read):
 * every {@code hz.client.*} property is in one of them once, with a description, and a default unless it is a list
 * or map, or unset means something of its own (listed here with what).
 */
class ConfigurationMetadataTest {

    /** Properties whose unset value is not a fixed default; each says in its description what unset means. */
    static final Set<String> UNSET_MEANS_SOMETHING = Set.of(
            "hz.client.client-name",                               // hz.client_N
            "hz.client.load-balancer",                             // the only LoadBalancer bean, else round-robin
            "hz.client.connection-retry.cluster-connect-timeout",  // forever
            "hz.client.cloud.discovery-token",                     // no Hazelcast Cloud
            "hz.client.lock-registry.group",                       // the default CP group
            "hz.client.security.username",                         // no credentials
            "hz.client.security.password",
            "hz.client.security.token",
            "hz.client.serialization.global-serializer",           // none
            "hz.client.ssl.bundle",                                // none
            "hz.client.ssl.enabled",                               // on when a bundle is named
            "hz.client.cache.defaults.time-to-live",               // the member's map configuration
            "hz.client.cache.defaults.max-idle",                   // the member's map configuration
            "hz.client.cache.defaults.map-name",                   // the cache's name
            "hz.client.use-public-ip",                             // the automatic choice
            "hz.client.socket.linger",                             // off
            "hz.client.socket.receive-buffer-size",                // the OS's
            "hz.client.socket.send-buffer-size");                  // the OS's

    @Test
    void everyHzClientPropertyHasADescriptionAndADefault() throws IOException {
        List<Map<String, Object>> properties = hzClientProperties();
        assertThat(properties).hasSizeGreaterThan(80);
        List<String> withoutDescription = new ArrayList<>();
        List<String> withoutDefault = new ArrayList<>();
        for (Map<String, Object> p : properties) {
            String name = (String) p.get("name");
            Object description = p.get("description");
            if (!(description instanceof String d) || d.isBlank()) {
                withoutDescription.add(name);
            }
            String type = String.valueOf(p.get("type"));
            boolean container = type.startsWith("java.util.List") || type.startsWith("java.util.Map")
                    || type.startsWith("java.util.Set");
            if (!p.containsKey("defaultValue") && !container && !UNSET_MEANS_SOMETHING.contains(name)) {
                withoutDefault.add(name);
            }
        }
        assertThat(withoutDescription).as("hz.client properties without a description").isEmpty();
        assertThat(withoutDefault).as("hz.client properties without a default").isEmpty();
    }

    @Test
    void theCachePropertiesAreThereWithTheirDefaults() throws IOException {
        List<Map<String, Object>> cache = hzClientProperties().stream()
                .filter(p -> ((String) p.get("name")).startsWith("hz.client.cache.")).toList();
        assertThat(cache).hasSize(17);
        assertThat(property("hz.client.cache.dynamic")).containsEntry("defaultValue", true)
                .containsEntry("description", "Whether caches not declared are created on first use.");
        assertThat(property("hz.client.cache.defaults.read-timeout")).containsEntry("defaultValue", "2s");
        assertThat(property("hz.client.cache.defaults.cache-null-values")).containsEntry("defaultValue", true);
        assertThat((String) property("hz.client.cache.defaults.near-cache").get("description"))
                .startsWith("Whether the cache's map gets a near cache");
    }

    @Test
    void theMasterSwitchAndTheDeprecatedAsyncStartAreDescribed() throws IOException {
        assertThat(property("hz.client.enabled")).containsEntry("defaultValue", true)
                .containsEntry("type", "java.lang.Boolean");
        @SuppressWarnings("unchecked")
        Map<String, Object> deprecation = (Map<String, Object>) property("hz.client.async-start").get("deprecation");
        assertThat(deprecation).containsEntry("replacement", "hz.client.startup.mode")
                .containsEntry("level", "warning");
        assertThat(property("hz.client.async-start")).containsEntry("defaultValue", false);
    }

    private static Map<String, Object> property(String name) throws IOException {
        return hzClientProperties().stream().filter(p -> name.equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the metadata"));
    }

    /** The hz.client properties of every generated metadata file on the class path (this module's and the cache's). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> hzClientProperties() throws IOException {
        List<Map<String, Object>> result = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (URL url : Collections.list(ConfigurationMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            String json;
            try (InputStream in = url.openStream()) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, Object> metadata = JsonParserFactory.getJsonParser().parseMap(json);
            List<Map<String, Object>> properties = (List<Map<String, Object>>) metadata.get("properties");
            List<Map<String, Object>> ours = properties.stream()
                    .filter(p -> ((String) p.get("name")).startsWith("hz.client.")).toList();
            if (!ours.isEmpty()) {
                files.add(url.toString());
                result.addAll(ours);
            }
        }
        assertThat(files).as("metadata files with hz.client properties").hasSize(2)
                .anyMatch(f -> f.contains("hz-client-spring-cache"))
                .anyMatch(f -> !f.contains("hz-client-spring-cache"));
        assertThat(result.stream().map(p -> p.get("name")).toList()).as("each property described once")
                .doesNotHaveDuplicates();
        return result;
    }
}
