package io.hzclient.query;

/**
 * What the members return of each entry instead of the whole entry: one attribute, several, or the entry itself.
 * Make one with {@link Projections}.
 *
 * @param <I> what it reads: a map's entries
 * @param <O> what it returns for each entry
 */
public interface Projection<I, O> {
}
