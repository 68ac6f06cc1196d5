package io.kairos.customer;

import java.time.Instant;

/**
 * A tier evaluation moved a customer to another tier. {@code reason} names the rule and the figures (or the
 * manual override) behind the move; {@code evaluation} identifies the run.
 */
public record CustomerTierChanged(CustomerId customer, String fromTier, String toTier, String reason, long evaluation,
		Instant evaluatedAt) {
}
