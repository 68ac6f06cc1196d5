package io.kairos.customer.care;

import java.time.Instant;

/** A customer's consent on one channel: granted or withdrawn, when, and where it was given. */
public record Consent(String channel, ConsentStatus status, ConsentSource source, Instant changedAt) {
}
