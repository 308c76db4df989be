package io.hzclient.transaction;

import java.time.Duration;
import java.util.Objects;

/**
 * How a transaction runs: its {@link TransactionType}, its timeout and its durability. Immutable; each
 * {@code with...} method returns a copy with one setting changed:
 * <pre>{@code
 * TransactionOptions options = TransactionOptions.defaults()
 *         .withType(TransactionType.ONE_PHASE).withTimeout(Duration.ofSeconds(30));
 * }</pre>
 */
public final class TransactionOptions {
    /** Two minutes, as the official clients. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    /** One backup of the commit log. */
    public static final int DEFAULT_DURABILITY = 1;

    private static final TransactionOptions DEFAULTS = new TransactionOptions(TransactionType.TWO_PHASE,
            DEFAULT_TIMEOUT, DEFAULT_DURABILITY);

    private final TransactionType type;
    private final Duration timeout;
    private final int durability;

    private TransactionOptions(TransactionType type, Duration timeout, int durability) {
        this.type = type;
        this.timeout = timeout;
        this.durability = durability;
    }

    /**
     * Two-phase, a timeout of {@link #DEFAULT_TIMEOUT two minutes}, a durability of {@link #DEFAULT_DURABILITY 1}.
     *
     * @return the default options
     */
    public static TransactionOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options with another type.
     *
     * @param type two-phase or one-phase
     * @return a copy with that type
     * @throws NullPointerException if {@code type} is null
     */
    public TransactionOptions withType(TransactionType type) {
        return new TransactionOptions(Objects.requireNonNull(type, "type must not be null"), timeout, durability);
    }

    /**
     * These options with another timeout: how long the transaction may last from its begin to its commit. Past it,
     * its calls and its commit fail and the members let go of its locks.
     *
     * @param timeout the timeout, at least one millisecond
     * @return a copy with that timeout
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is zero, negative, or shorter than a millisecond
     */
    public TransactionOptions withTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout must not be null");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMillis(1)) < 0) {
            throw new IllegalArgumentException("timeout must be at least 1 ms, got " + timeout);
        }
        return new TransactionOptions(type, timeout, durability);
    }

    /**
     * These options with another durability: how many backup members hold a two-phase transaction's commit log.
     *
     * @param durability zero or more (ignored by one-phase transactions)
     * @return a copy with that durability
     * @throws IllegalArgumentException if {@code durability} is negative
     */
    public TransactionOptions withDurability(int durability) {
        if (durability < 0) {
            throw new IllegalArgumentException("durability must not be negative, got " + durability);
        }
        return new TransactionOptions(type, timeout, durability);
    }

    /**
     * The transaction's type.
     *
     * @return two-phase or one-phase
     */
    public TransactionType type() {
        return type;
    }

    /**
     * How long the transaction may last from its begin.
     *
     * @return the timeout, at least one millisecond
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * How many backups hold the commit log of a two-phase transaction.
     *
     * @return zero or more
     */
    public int durability() {
        return durability;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransactionOptions other && type == other.type && timeout.equals(other.timeout)
                && durability == other.durability;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, timeout, durability);
    }

    @Override
    public String toString() {
        return "TransactionOptions{type=" + type + ", timeout=" + timeout + ", durability=" + durability + '}';
    }
}
