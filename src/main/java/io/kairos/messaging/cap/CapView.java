package io.kairos.messaging.cap;

/** A cap as the admin page shows it, with how many messages it has held back so far. */
public record CapView(String kind, int maxMessages, int windowHours, int version, long suppressed) {
}
