package io.kairos.customer.tier;

import java.time.Instant;
import java.util.List;

/** The tier ladder from the top tier down; the last tier takes every customer no rule above it placed. */
public record TierRuleSet(long version, Instant updatedAt, List<TierRuleInput> tiers) {

	static TierRuleSet of(TierLadder ladder) {
		return new TierRuleSet(ladder.version(), ladder.updatedAt(),
				ladder.rules().stream().map(TierRuleInput::of).toList());
	}

}
