package io.hzclient.internal.serialization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * as a {@link JsonValue}. Only loaded when a mapper is configured: Jackson is an optional dependency.
 */
final class JacksonJsonSerializer implements StreamSerializer<Object> {
    static final String TYPE_PROPERTY = "@type";

    private final ObjectMapper mapper;
    private final Set<String> allowedClasses;
    private final Set<String> allowedPackages;
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    JacksonJsonSerializer(Object mapper, Set<String> allowedClasses, Set<String> allowedPackages) {
        this.mapper = (ObjectMapper) mapper;
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
        JsonNode tree = mapper.valueToTree(value);
        if (tree instanceof ObjectNode fields) {
            ObjectNode typed = mapper.createObjectNode();
            typed.put(TYPE_PROPERTY, value.getClass().getName());
            typed.setAll(fields);
            tree = typed;
            written.add(value.getClass().getName());
        }
        try {
            out.writeString(mapper.writeValueAsString(tree));
        } catch (JsonProcessingException e) {
            throw new SerializationException("Jackson could not write " + value.getClass().getName() + ": " + e, e);
        }
    }

    @Override
    public Object read(ObjectDataInput in) {
        String json = in.readString();
        if (json == null) {
            return null;
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return JsonValue.of(json); // not ours to judge: the member stores any text as JSON
        }
        if (tree instanceof ObjectNode fields && fields.get(TYPE_PROPERTY) != null
                && fields.get(TYPE_PROPERTY).isTextual() && isAllowed(fields.get(TYPE_PROPERTY).asText())) {
            String className = fields.remove(TYPE_PROPERTY).asText();
            try {
                return mapper.treeToValue(fields, ClassNames.load(className));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new SerializationException("Jackson could not read " + className + " from " + abbreviate(json)
                        + ": " + e.getMessage(), e);
            }
        }
        return JsonValue.of(json);
    }

    private static String abbreviate(String json) {
        return json.length() <= 200 ? json : json.substring(0, 200) + "...";
    }
}
