package io.kairos.customer.tier;

import java.math.BigDecimal;

/** One tier of a rule set as the API takes and returns it; empty thresholds are not checked. */
public record TierRuleInput(String tier, String nameEn, String nameZh, BigDecimal minSpend12m,
		Integer minTenureMonths, BigDecimal minHoldings, Integer minRfmScore) {

	static TierRuleInput of(TierRule rule) {
		return new TierRuleInput(rule.tier(), rule.nameEn(), rule.nameZh(), rule.minSpend12m(), rule.minTenureMonths(),
				rule.minHoldings(), rule.minRfmScore());
	}

}
