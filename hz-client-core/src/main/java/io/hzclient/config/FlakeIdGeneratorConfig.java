package io.hzclient.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How a Flake ID generator prefetches: {@code prefetchCount} ids per request to the cluster (1..100 000, default
 * 100), usable for {@code prefetchValidity} (default 10 minutes; zero means they never expire). The name may be a
 * pattern with one {@code *} ({@code orders-*}).
 */
public final class FlakeIdGeneratorConfig {
    public static final int MAX_PREFETCH_COUNT = 100_000;
    public static final int DEFAULT_PREFETCH_COUNT = 100;
    public static final Duration DEFAULT_PREFETCH_VALIDITY = Duration.ofMinutes(10);

    private final String name;
    private final int prefetchCount;
    private final Duration prefetchValidity;

    private FlakeIdGeneratorConfig(Builder b) {
        this.name = b.name;
        this.prefetchCount = b.prefetchCount;
        this.prefetchValidity = b.prefetchValidity;
    }

    /** The defaults, for a generator that no configured name or pattern matches. */
    public static FlakeIdGeneratorConfig defaults(String name) {
        return builder(name).build();
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public int prefetchCount() {
        return prefetchCount;
    }

    /** Zero: prefetched ids never expire. */
    public Duration prefetchValidity() {
        return prefetchValidity;
    }

    @Override
    public String toString() {
        return "FlakeIdGeneratorConfig{name=" + name + ", prefetchCount=" + prefetchCount + ", prefetchValidity="
                + prefetchValidity + '}';
    }

    public static final class Builder {
        private final String name;
        private int prefetchCount = DEFAULT_PREFETCH_COUNT;
        private Duration prefetchValidity = DEFAULT_PREFETCH_VALIDITY;

        private Builder(String name) {
            this.name = NamePatterns.checkPattern(name, "flake-id-generators name");
        }

        public Builder prefetchCount(int count) {
            if (count < 1 || count > MAX_PREFETCH_COUNT) {
                throw new IllegalArgumentException(option("prefetch-count") + " must be between 1 and "
                        + MAX_PREFETCH_COUNT + ", got " + count);
            }
            this.prefetchCount = count;
            return this;
        }

        /** Zero means prefetched ids never expire. */
        public Builder prefetchValidity(Duration validity) {
            this.prefetchValidity = Checks.positiveOrZero(validity, option("prefetch-validity"));
            return this;
        }

        private String option(String option) {
            return "flake-id-generators." + name + "." + option;
        }

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
