package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON mode on Jackson 3 ({@code tools.jackson.databind}); loaded only when Jackson 3 is on the classpath. */
final class Jackson3Engine implements JsonEngine {
    private final ObjectMapper mapper;

    Jackson3Engine(Object mapper) {
        this.mapper = (ObjectMapper) mapper;
    }

    /**
     * An engine with the mapper JSON mode uses when none is configured: the modules found on the classpath, and
     * properties in declaration order (as Jackson 2 writes them; Jackson 3 would sort them).
     */
    static Jackson3Engine withDefaultMapper() {
        return new Jackson3Engine(JsonMapper.builder().findAndAddModules()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build());
    }

    static boolean takes(Object mapper) {
        return mapper instanceof ObjectMapper;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    @Override
    public String library() {
        return "Jackson 3";
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
        } catch (JacksonException e) {
            throw new SerializationException("Jackson 3 could not write " + value.getClass().getName() + ": " + e,
                    e);
        }
    }

    @Override
    public Parsed parse(String json, String typeProperty) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JacksonException e) {
            return null;
        }
        if (tree instanceof ObjectNode fields && fields.get(typeProperty) != null
                && fields.get(typeProperty).isString()) {
            return new Parsed(fields.remove(typeProperty).asString(), fields);
        }
        return new Parsed(null, null);
    }

    @Override
    public Object bind(Object fields, Class<?> type) {
        try {
            return mapper.treeToValue((ObjectNode) fields, type);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
