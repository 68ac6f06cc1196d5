package io.kairos.customer.tier;

import java.time.Instant;

/** One move of a customer from one tier to another, by an evaluation. */
public record TierHistoryEntry(long id, long customer, long evaluation, String fromTier, String toTier, String reason,
		Instant evaluatedAt) {
}
