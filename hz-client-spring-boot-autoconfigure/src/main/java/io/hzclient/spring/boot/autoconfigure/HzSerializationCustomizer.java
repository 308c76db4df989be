package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.config.SerializationConfig;

/**
 * Changes the serialization configuration after the {@code hz.client.serialization.*} properties and the
 * {@code StreamSerializer} beans have been applied. Every bean of this type is applied, in {@code @Order}.
 */
@FunctionalInterface
public interface HzSerializationCustomizer {

    /**
     * Changes the serialization configuration, before the client is made.
     *
     * @param builder the builder, holding what the properties and the serializer beans set
     */
    void customize(SerializationConfig.Builder builder);
}
