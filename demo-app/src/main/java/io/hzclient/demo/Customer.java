package io.hzclient.demo;

/** A value of the {@code customers} map, stored with the client's Compact serialization (no code needed). */
public record Customer(String id, String name, String email) {
}
