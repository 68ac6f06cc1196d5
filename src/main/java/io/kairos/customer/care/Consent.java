package io.kairos.customer.care;

import java.time.Instant;

/** A customer's consent on one channel: granted or withdrawn, when, and where it was given (e.g. "hotline"). */
public record Consent(String channel, ConsentStatus status, String source, Instant changedAt) {
}
