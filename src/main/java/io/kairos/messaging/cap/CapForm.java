package io.kairos.messaging.cap;

/** The cap editor's fields; numbers arrive as text so a typo shows next to its field. */
public record CapForm(String kind, String maxMessages, String windowHours, Integer version) {
}
