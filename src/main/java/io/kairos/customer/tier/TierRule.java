package io.kairos.customer.tier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import io.kairos.customer.value.CustomerFigures;

/**
 * One rung of the tier ladder: the tier's code and names, and the thresholds a customer must all reach to be
 * placed in it. A threshold left empty is not checked. The bottom tier has no thresholds: it takes everyone
 * the rungs above did not.
 */
@Table("tier_rule")
record TierRule(String tier, @Column("name_en") String nameEn, @Column("name_zh") String nameZh,
		@Column("min_spend12m") BigDecimal minSpend12m, @Column("min_tenure_months") Integer minTenureMonths,
		@Column("min_holdings") BigDecimal minHoldings, @Column("min_rfm_score") Integer minRfmScore) {

	boolean hasThresholds() {
		return minSpend12m != null || minTenureMonths != null || minHoldings != null || minRfmScore != null;
	}

	/** Whether the customer reaches every threshold of this rule. */
	boolean matches(CustomerFigures figures) {
		return (minSpend12m == null || figures.spend12m().compareTo(minSpend12m) >= 0)
				&& (minTenureMonths == null || figures.tenureMonths() >= minTenureMonths)
				&& (minHoldings == null || figures.holdings().compareTo(minHoldings) >= 0)
				&& (minRfmScore == null || (figures.rfm() != null && figures.rfm().total() >= minRfmScore));
	}

	/** The thresholds with the customer's figures, e.g. {@code spend12m 60000.00 >= 50000.00}. */
	String explain(CustomerFigures figures) {
		List<String> parts = new ArrayList<>();
		if (minSpend12m != null) {
			parts.add("spend12m " + figures.spend12m() + " >= " + minSpend12m);
		}
		if (minTenureMonths != null) {
			parts.add("tenureMonths " + figures.tenureMonths() + " >= " + minTenureMonths);
		}
		if (minHoldings != null) {
			parts.add("holdings " + figures.holdings() + " >= " + minHoldings);
		}
		if (minRfmScore != null) {
			parts.add("rfm " + figures.rfmTotal() + " >= " + minRfmScore);
		}
		return String.join(", ", parts);
	}

	String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
	}

}
