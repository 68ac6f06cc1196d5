package io.kairos.messaging.cap;

/** Sets the cap of a kind; {@code version} is the one the edit was made from, null for a new cap. */
public record CapChange(String kind, Integer maxMessages, Integer windowHours, Integer version) {
}
