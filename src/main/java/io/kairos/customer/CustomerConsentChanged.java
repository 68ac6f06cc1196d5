package io.kairos.customer;

import java.time.Instant;

/** A customer granted or withdrew consent to be contacted on a channel. */
public record CustomerConsentChanged(CustomerId customer, String channel, boolean granted, String source, Instant at) {
}
