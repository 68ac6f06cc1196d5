package io.kairos.customer.tier;

import java.util.List;

/** The body of {@code PUT /api/v1/tier-rules}: the whole ladder, top tier first. */
public record TierRuleChanges(List<TierRuleInput> tiers) {
}
