package io.hzclient.spring.cache;

/** A record value: stored with the client's zero-config Compact serialization, no Java serialization. */
public record Book(String isbn, String title, int year) {
}
