package io.kairos.customer.tier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import io.kairos.customer.value.CustomerFigures;

/**
 * The tier ladder (SPEC §1.1): tiers ordered from the top, each with its rule. A customer is placed in the
 * first tier from the top whose rule they match, else in the bottom tier. There is one ladder; its version is
 * the ETag of the rule set.
 */
@Table("tier_ladder")
class TierLadder {

	static final int THE_LADDER = 1;

	@Id
	private final Integer id;

	@Version
	private final Integer version;

	private Instant updatedAt;

	@MappedCollection(idColumn = "ladder", keyColumn = "position")
	private List<TierRule> rules;

	@PersistenceCreator
	TierLadder(Integer id, Integer version, Instant updatedAt, List<TierRule> rules) {
		this.id = id;
		this.version = version;
		this.updatedAt = updatedAt;
		this.rules = rules;
	}

	/** Where the figures place a customer, and why. */
	record Placement(String tier, String reason) {
	}

	Placement place(CustomerFigures figures) {
		for (int i = 0; i < rules.size() - 1; i++) {
			TierRule rule = rules.get(i);
			if (rule.matches(figures)) {
				return new Placement(rule.tier(), "rule " + rule.tier() + ": " + rule.explain(figures));
			}
		}
		String bottom = bottom().tier();
		return new Placement(bottom, "no rule above " + bottom + " matched: spend12m " + figures.spend12m()
				+ ", tenureMonths " + figures.tenureMonths() + ", holdings " + figures.holdings() + ", rfm "
				+ figures.rfmTotal());
	}

	void replace(List<TierRule> newRules, Instant now) {
		this.rules = List.copyOf(newRules);
		this.updatedAt = now;
	}

	Optional<TierRule> rule(String tier) {
		return rules.stream().filter(rule -> rule.tier().equals(tier)).findFirst();
	}

	TierRule bottom() {
		return rules.get(rules.size() - 1);
	}

	List<TierRule> rules() {
		return List.copyOf(rules);
	}

	int version() {
		return version == null ? 0 : version;
	}

	Instant updatedAt() {
		return updatedAt;
	}

}
