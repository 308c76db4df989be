/**
 * The distributed map: {@link io.hzclient.map.HzMap} (a {@link java.util.concurrent.ConcurrentMap} with TTLs, locks,
 * listeners and an async twin for every remote call), {@link io.hzclient.map.EntryView} for an entry's metadata,
 * and {@link io.hzclient.map.EntryListener} with its {@link io.hzclient.map.EntryEvent} and
 * {@link io.hzclient.map.MapEvent}.
 *
 * <p>Reading order of the implementation ({@code io.hzclient.internal.map}): {@code MapProxy} (arguments, serialize,
 * codec, invoke), {@code MapCodec} (the messages, one method per line of the spec), then {@code EntryListenerCodec}
 * and {@code EntryEventHandler} for events. Where an answer is decoded (the caller's thread or the user executor) is
 * {@code io.hzclient.internal.proxy.PendingCall}, shared by every proxy.
 */
package io.hzclient.map;
