package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.config.ClientConfig;

/**
 * Changes the client's configuration after the {@code hz.client.*} properties have been applied, for anything they do
 * not cover (listeners, serializers made by hand...). Every bean of this type is applied, in {@code @Order}.
 */
@FunctionalInterface
public interface HzClientConfigCustomizer {

    /**
     * Changes the client's configuration, before the client is made.
     *
     * @param builder the builder, holding what the properties set
     */
    void customize(ClientConfig.Builder builder);
}
