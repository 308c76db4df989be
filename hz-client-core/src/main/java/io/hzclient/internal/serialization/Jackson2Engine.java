package io.hzclient.internal.serialization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hzclient.SerializationException;

/**
 * JSON mode on Jackson 2 ({@code com.fasterxml.jackson.databind}): when Jackson 3 is not on the classpath, or the
 * configured mapper is a Jackson 2 one. Loaded only when Jackson 2 is on the classpath.
 */
final class Jackson2Engine implements JsonEngine {
    private final ObjectMapper mapper;

    Jackson2Engine(Object mapper) {
        this.mapper = (ObjectMapper) mapper;
    }

    /** An engine with the mapper JSON mode has always used when none is configured: the modules found. */
    static Jackson2Engine withDefaultMapper() {
        return new Jackson2Engine(new ObjectMapper().findAndRegisterModules());
    }

    static boolean takes(Object mapper) {
        return mapper instanceof ObjectMapper;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    @Override
    public String library() {
        return "Jackson 2";
    }

    @Override
    public Written write(Object value, String typeProperty) {
        try {
            JsonNode tree = mapper.valueToTree(value);
            boolean object = tree instanceof ObjectNode;
            if (tree instanceof ObjectNode fields) {
                ObjectNode typed = mapper.createObjectNode();
                typed.put(typeProperty, value.getClass().getName());
                typed.setAll(fields);
                tree = typed;
            }
            return new Written(mapper.writeValueAsString(tree), object);
        } catch (JsonProcessingException e) {
            throw new SerializationException("Jackson 2 could not write " + value.getClass().getName() + ": " + e,
                    e);
        }
    }

    @Override
    public Parsed parse(String json, String typeProperty) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (tree instanceof ObjectNode fields && fields.get(typeProperty) != null
                && fields.get(typeProperty).isTextual()) {
            return new Parsed(fields.remove(typeProperty).asText(), fields);
        }
        return new Parsed(null, null);
    }

    @Override
    public Object bind(Object fields, Class<?> type) {
        try {
            return mapper.treeToValue((ObjectNode) fields, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
