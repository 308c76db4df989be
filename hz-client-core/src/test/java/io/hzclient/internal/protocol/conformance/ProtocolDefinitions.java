package io.hzclient.internal.protocol.conformance;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The protocol's YAML definitions ({@code protocol-definitions/*.yaml}, one file per service, and the custom types
 * of {@code custom/}) read into a small model: what the conformance checks need, nothing of the docs.
 */
final class ProtocolDefinitions {
    /** Set to the folder that holds {@code protocol-definitions/}, where it is not beside the project checkout. */
    static final String DIR_PROPERTY = "hz.protocol.dir";

    record Param(String name, String type, boolean nullable, String since) {
    }

    /** {@code messageType} = the request's + 2 + the event's index in its method. */
    record Event(String name, int messageType, List<Param> params) {
    }

    record Method(String service, String name, int requestType, boolean retryable, List<Param> request,
                  List<Param> response, List<Event> events) {

        /** The spec's rule: k = 1 for the response. */
        int responseType() {
            return requestType + 1;
        }

        /** As the protocol spells it in operation names: {@code Map.Get}. */
        String operationName() {
            return service + "." + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        @Override
        public String toString() {
            return service + "." + name + String.format(" (0x%06X)", requestType);
        }
    }

    private final Map<Integer, Method> byRequestType = new HashMap<>();
    private final Map<String, List<Param>> customTypes = new HashMap<>();

    private ProtocolDefinitions() {
    }

    /** The folder given by {@value #DIR_PROPERTY}, else {@code <module basedir>/../../shared/protocol}. */
    static Path location() {
        String explicit = System.getProperty(DIR_PROPERTY);
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        // surefire sets basedir; an IDE runs tests in the module folder
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(basedir).resolve("../../shared/protocol").toAbsolutePath().normalize();
    }

    static boolean presentAt(Path dir) {
        return Files.isDirectory(dir.resolve("protocol-definitions"));
    }

    static ProtocolDefinitions load(Path dir) {
        ProtocolDefinitions defs = new ProtocolDefinitions();
        Path definitions = dir.resolve("protocol-definitions");
        try (Stream<Path> files = Files.list(definitions)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                defs.addService(read(file));
            }
            try (Stream<Path> custom = Files.list(definitions.resolve("custom"))) {
                for (Path file : custom.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    for (Map<String, Object> type : maps(read(file).get("customTypes"))) {
                        defs.customTypes.put((String) type.get("name"), params(type.get("params")));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the protocol definitions in " + definitions, e);
        }
        return defs;
    }

    private static Map<String, Object> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return new Yaml().load(in);
        }
    }

    private void addService(Map<String, Object> service) {
        String serviceName = (String) service.get("name");
        int serviceId = (Integer) service.get("id");
        for (Map<String, Object> m : maps(service.get("methods"))) {
            int requestType = (serviceId << 16) | ((Integer) m.get("id") << 8);
            Map<String, Object> request = map(m.get("request"));
            List<Event> events = new ArrayList<>();
            for (Map<String, Object> e : maps(m.get("events"))) {
                events.add(new Event((String) e.get("name"), requestType + 2 + events.size(), params(e.get("params"))));
            }
            Method method = new Method(serviceName, (String) m.get("name"), requestType,
                    Boolean.TRUE.equals(request.get("retryable")), params(request.get("params")),
                    params(map(m.get("response")).get("params")), List.copyOf(events));
            if (byRequestType.put(requestType, method) != null) {
                throw new IllegalStateException("two methods with message type " + String.format("0x%06X", requestType));
            }
        }
    }

    private static List<Param> params(Object yaml) {
        return maps(yaml).stream()
                .map(p -> new Param((String) p.get("name"), (String) p.get("type"),
                        Boolean.TRUE.equals(p.get("nullable")), String.valueOf(p.get("since"))))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object yaml) {
        return yaml == null ? List.of() : (List<Map<String, Object>>) yaml;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return yaml == null ? Map.of() : (Map<String, Object>) yaml;
    }

    /** The method whose request has this message type, or null. */
    Method method(int requestType) {
        return byRequestType.get(requestType);
    }

    /** The fields of a custom type, or null if there is no such type. */
    List<Param> customType(String name) {
        return customTypes.get(name);
    }

    /** All methods, by request type. */
    List<Method> methods() {
        return byRequestType.values().stream().sorted(Comparator.comparingInt(Method::requestType)).toList();
    }

    int methodCount() {
        return byRequestType.size();
    }
}
