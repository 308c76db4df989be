package io.hzclient.demo;

/** What the slow product lookup returns; {@code loadedAt} tells a cached answer from a fresh one. */
public record Product(String id, String name, long priceCents, String loadedAt) {
}
