package io.hzclient.internal.serialization;

import io.hzclient.JsonValue;
import io.hzclient.SerializationException;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.serialization.StreamSerializer;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jackson mode: POJOs are stored as JSON values (-130), so the members can query their fields, with the class
 * name in an extra {@value #TYPE_PROPERTY} property so they read back as the same class. A name is trusted only
 * if the configuration allows its class or package, or this client wrote that class itself; any other JSON reads
 * as a {@link JsonValue}. The JSON library is a {@link JsonEngine}: Jackson 3, or Jackson 2 when Jackson 3 is not
 * on the classpath (both optional dependencies, see {@link JsonEngines}).
 */
final class JacksonJsonSerializer implements StreamSerializer<Object> {
    static final String TYPE_PROPERTY = "@type";

    private final JsonEngine engine;
    private final Set<String> allowedClasses;
    private final Set<String> allowedPackages;
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    JacksonJsonSerializer(JsonEngine engine, Set<String> allowedClasses, Set<String> allowedPackages) {
        this.engine = engine;
        this.allowedClasses = Set.copyOf(allowedClasses);
        this.allowedPackages = Set.copyOf(allowedPackages);
    }

    @Override
    public int typeId() {
        return TypeIds.JSON;
    }

    /** Whether this mode writes the class as JSON: when types or packages are listed, only those. */
    boolean takes(Class<?> type) {
        if (allowedClasses.isEmpty() && allowedPackages.isEmpty()) {
            return CompactRegistry.zeroConfigCandidate(type);
        }
        return isAllowed(type.getName());
    }

    private boolean isAllowed(String className) {
        return allowedClasses.contains(className) || written.contains(className)
                || allowedPackages.stream().anyMatch(p -> className.startsWith(p + "."));
    }

    @Override
    public void write(ObjectDataOutput out, Object value) {
        if (value instanceof JsonValue json) {
            out.writeString(json.json());
            return;
        }
        JsonEngine.Written written = engine.write(value, TYPE_PROPERTY);
        if (written.object()) {
            this.written.add(value.getClass().getName());
        }
        out.writeString(written.json());
    }

    @Override
    public Object read(ObjectDataInput in) {
        String json = in.readString();
        if (json == null) {
            return null;
        }
        JsonEngine.Parsed parsed = engine.parse(json, TYPE_PROPERTY);
        if (parsed == null) {
            return JsonValue.of(json); // not ours to judge: the member stores any text as JSON
        }
        if (parsed.type() != null && isAllowed(parsed.type())) {
            String className = parsed.type();
            try {
                return engine.bind(parsed.fields(), ClassNames.load(className));
            } catch (IllegalArgumentException e) {
                throw new SerializationException(engine.library() + " could not read " + className + " from "
                        + abbreviate(json) + ": " + e.getMessage(), e);
            }
        }
        return JsonValue.of(json);
    }

    private static String abbreviate(String json) {
        return json.length() <= 200 ? json : json.substring(0, 200) + "...";
    }
}
