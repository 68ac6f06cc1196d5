package io.kairos.customer.tier;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;

/**
 * Reads and replaces the tier ladder. A replacement names the version it was made from (If-Match); one made
 * from an older version is refused with 412. Every replacement is audited with the tiers before and after.
 */
@Service
public class TierRules {

	static final int MAX_TIERS = 10;

	static final int MAX_NAME = 50;

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

	private final TierLadderRepository ladders;

	private final AuditLog audit;

	private final Clock clock;

	TierRules(TierLadderRepository ladders, AuditLog audit, Clock clock) {
		this.ladders = ladders;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public TierRuleSet current() {
		return TierRuleSet.of(ladder());
	}

	@Transactional
	public TierRuleSet replace(long expectedVersion, TierRuleChanges changes) {
		TierLadder ladder = ladder();
		if (ladder.version() != expectedVersion) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		List<TierRule> rules = validate(changes.tiers());
		List<String> before = ladder.rules().stream().map(TierRule::tier).toList();
		ladder.replace(rules, clock.instant());
		TierLadder saved = ladders.save(ladder);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("before", before);
		detail.put("after", rules.stream().map(TierRule::tier).toList());
		detail.put("version", saved.version());
		audit.record("tier.rules.changed", "tier_ladder", TierLadder.THE_LADDER, detail);
		return TierRuleSet.of(saved);
	}

	TierLadder ladder() {
		return ladders.findById(TierLadder.THE_LADDER).orElseThrow();
	}

	static List<TierRule> validate(List<TierRuleInput> tiers) {
		if (tiers == null || tiers.isEmpty()) {
			throw ProblemException.invalid("tiers", "validation.required");
		}
		if (tiers.size() > MAX_TIERS) {
			throw ProblemException.invalid("tiers", "validation.tier.too-many", MAX_TIERS);
		}
		Set<String> codes = new HashSet<>();
		List<TierRule> rules = new ArrayList<>();
		for (int i = 0; i < tiers.size(); i++) {
			TierRuleInput in = tiers.get(i);
			String at = "tiers[" + i + "].";
			if (in == null) {
				throw ProblemException.invalid("tiers[" + i + "]", "validation.required");
			}
			if (in.tier() == null || !CODE.matcher(in.tier()).matches()) {
				throw ProblemException.invalid(at + "tier", "validation.tier.code");
			}
			if (!codes.add(in.tier())) {
				throw ProblemException.invalid(at + "tier", "validation.tier.duplicate");
			}
			String nameEn = name(at + "nameEn", in.nameEn());
			String nameZh = name(at + "nameZh", in.nameZh());
			amount(at + "minSpend12m", in.minSpend12m());
			amount(at + "minHoldings", in.minHoldings());
			if (in.minTenureMonths() != null && (in.minTenureMonths() < 0 || in.minTenureMonths() > 1200)) {
				throw ProblemException.invalid(at + "minTenureMonths", "validation.tier.tenure");
			}
			if (in.minRfmScore() != null && (in.minRfmScore() < 3 || in.minRfmScore() > 15)) {
				throw ProblemException.invalid(at + "minRfmScore", "validation.tier.rfm");
			}
			TierRule rule = new TierRule(in.tier(), nameEn, nameZh, scaled(in.minSpend12m()), in.minTenureMonths(),
					scaled(in.minHoldings()), in.minRfmScore());
			boolean bottom = i == tiers.size() - 1;
			if (bottom && rule.hasThresholds()) {
				throw ProblemException.invalid(at + "tier", "validation.tier.bottom-has-rule");
			}
			if (!bottom && !rule.hasThresholds()) {
				throw ProblemException.invalid(at + "tier", "validation.tier.rule-empty");
			}
			rules.add(rule);
		}
		return rules;
	}

	private static String name(String field, String name) {
		if (name == null || name.isBlank()) {
			throw ProblemException.invalid(field, "validation.required");
		}
		if (name.strip().length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
			throw ProblemException.invalid(field, "validation.tier.name");
		}
		return name.strip();
	}

	private static void amount(String field, BigDecimal amount) {
		if (amount != null && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
				|| amount.compareTo(new BigDecimal("1000000000000")) >= 0)) {
			throw ProblemException.invalid(field, "validation.tier.amount");
		}
	}

	private static BigDecimal scaled(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2);
	}

}
