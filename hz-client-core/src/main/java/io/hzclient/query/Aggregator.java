package io.hzclient.query;

/**
 * A computation over a map's entries that runs on the members, each on its own entries, and whose partial results
 * they combine: only the result crosses the network. Make one with {@link Aggregators}; an aggregator class of your
 * own works too if the members have it and it is serialized the same way on both sides.
 *
 * @param <I> what it reads: a map's entries
 * @param <R> its result
 */
public interface Aggregator<I, R> {
}
