package io.hzclient.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How a Flake ID generator prefetches: {@code prefetchCount} ids per request to the cluster (1..100 000, default
 * 100), usable for {@code prefetchValidity} (default 10 minutes; zero means they never expire). The name may be a
 * pattern with one {@code *} ({@code orders-*}).
 */
public final class FlakeIdGeneratorConfig {
    /** The most ids one request may prefetch. */
    public static final int MAX_PREFETCH_COUNT = 100_000;
    /** Ids prefetched per request, by default. */
    public static final int DEFAULT_PREFETCH_COUNT = 100;
    /** How long prefetched ids may be used, by default. */
    public static final Duration DEFAULT_PREFETCH_VALIDITY = Duration.ofMinutes(10);

    private final String name;
    private final int prefetchCount;
    private final Duration prefetchValidity;

    private FlakeIdGeneratorConfig(Builder b) {
        this.name = b.name;
        this.prefetchCount = b.prefetchCount;
        this.prefetchValidity = b.prefetchValidity;
    }

    /**
     * The defaults, for a generator that no configured name or pattern matches.
     *
     * @param name the generator's name
     * @return the default config under that name
     */
    public static FlakeIdGeneratorConfig defaults(String name) {
        return builder(name).build();
    }

    /**
     * A builder for the generators {@code name} matches, with the defaults.
     *
     * @param name a generator name, or a pattern with one {@code *}; {@code default} for every generator no other
     *        config matches
     * @return a new builder
     * @throws IllegalArgumentException if the name is null, blank or has more than one {@code *}
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The generator name or pattern this config applies to.
     *
     * @return the name or pattern
     */
    public String name() {
        return name;
    }

    /**
     * How many ids one request to the cluster fetches.
     *
     * @return {@value #DEFAULT_PREFETCH_COUNT} by default
     */
    public int prefetchCount() {
        return prefetchCount;
    }

    /**
     * How long prefetched ids may be used; unused ones are dropped then, and a new batch is fetched.
     *
     * @return 10 minutes by default; zero: prefetched ids never expire
     */
    public Duration prefetchValidity() {
        return prefetchValidity;
    }

    @Override
    public String toString() {
        return "FlakeIdGeneratorConfig{name=" + name + ", prefetchCount=" + prefetchCount + ", prefetchValidity="
                + prefetchValidity + '}';
    }

    /** Collects the options of one generator config; {@link #build()} makes the immutable config. */
    public static final class Builder {
        private final String name;
        private int prefetchCount = DEFAULT_PREFETCH_COUNT;
        private Duration prefetchValidity = DEFAULT_PREFETCH_VALIDITY;

        private Builder(String name) {
            this.name = NamePatterns.checkPattern(name, "flake-id-generators name");
        }

        /**
         * Sets how many ids one request fetches ({@code prefetch-count}).
         *
         * @param count from 1 to {@value #MAX_PREFETCH_COUNT}
         * @return this builder
         * @throws IllegalArgumentException if it is out of that range
         */
        public Builder prefetchCount(int count) {
            if (count < 1 || count > MAX_PREFETCH_COUNT) {
                throw new IllegalArgumentException(option("prefetch-count") + " must be between 1 and "
                        + MAX_PREFETCH_COUNT + ", got " + count);
            }
            this.prefetchCount = count;
            return this;
        }

        /**
         * Sets how long prefetched ids may be used ({@code prefetch-validity}). Zero means they never expire.
         *
         * @param validity zero or more
         * @return this builder
         * @throws IllegalArgumentException if it is null or negative
         */
        public Builder prefetchValidity(Duration validity) {
            this.prefetchValidity = Checks.positiveOrZero(validity, option("prefetch-validity"));
            return this;
        }

        private String option(String option) {
            return "flake-id-generators." + name + "." + option;
        }

        /**
         * Makes the immutable config.
         *
         * @return the config
         */
        public FlakeIdGeneratorConfig build() {
            return new FlakeIdGeneratorConfig(this);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlakeIdGeneratorConfig c && c.name.equals(name) && c.prefetchCount == prefetchCount
                && c.prefetchValidity.equals(prefetchValidity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, prefetchCount, prefetchValidity);
    }
}
