package io.hzclient.spring.boot.autoconfigure.cache;

import io.hzclient.config.ClientConfig;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.spring.boot.autoconfigure.HzClientConfigCustomizer;
import io.hzclient.spring.cache.HzCacheProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;

import java.util.Collection;

/**
 * Gives the map of each declared cache with {@code near-cache: true} a near cache, unless the client's config has one
 * for that map already ({@code hz.client.near-caches}, by name, pattern or {@code default}, or a customizer that ran
 * before): the explicit configuration wins. Runs last of the customizers so it sees theirs.
 */
final class CacheNearCacheCustomizer implements HzClientConfigCustomizer, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(CacheNearCacheCustomizer.class);

    private final HzCacheProperties properties;
    private final Collection<String> springCacheNames;

    CacheNearCacheCustomizer(HzCacheProperties properties, Collection<String> springCacheNames) {
        this.properties = properties;
        this.springCacheNames = springCacheNames;
    }

    @Override
    public void customize(ClientConfig.Builder builder) {
        ClientConfig sofar;
        try {
            sofar = builder.build();
        } catch (IllegalArgumentException e) {
            sofar = null; // the client's own build reports it
        }
        for (NearCacheConfig wanted : properties.nearCacheConfigs(springCacheNames)) {
            NearCacheConfig existing = sofar == null ? null : configuredFor(sofar, wanted.name());
            if (existing == null) {
                builder.addNearCacheConfig(wanted);
                LOG.debug("Near cache for the cache map '{}': {}", wanted.name(), wanted);
            } else {
                LOG.debug("The cache map '{}' uses the near cache configured as '{}'", wanted.name(), existing.name());
            }
        }
    }

    private static NearCacheConfig configuredFor(ClientConfig config, String map) {
        try {
            return config.nearCacheConfig(map);
        } catch (IllegalStateException ambiguous) {
            return NearCacheConfig.builder(map).build(); // configured (ambiguously): the client reports it on use
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
