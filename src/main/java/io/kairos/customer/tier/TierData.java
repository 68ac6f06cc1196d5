package io.kairos.customer.tier;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.customer.CustomerDataContributor;
import io.kairos.customer.CustomerId;
import io.kairos.shared.time.Timestamps;

/**
 * The tiers' part of a subject export and erasure: the customer's tier history and manual override. An erasure
 * keeps every tier, date and expiry (tier counts and history stay as they were) but replaces the free-text
 * reason of the override, and of every history move an override caused (it quotes that reason), with
 * {@link CustomerDataContributor#ERASED_TEXT}: a reason typed by staff may name the customer. Reasons written by
 * an evaluation from the rules name figures only and are kept.
 */
@Component
class TierData implements CustomerDataContributor {

	/** How an evaluation begins the reason of a move an override caused (see {@link TierEvaluations}). */
	static final String OVERRIDE_REASON = "override";

	private final JdbcClient jdbc;

	private final TierOverrides overrides;

	TierData(JdbcClient jdbc, TierOverrides overrides) {
		this.jdbc = jdbc;
		this.overrides = overrides;
	}

	@Override
	public String section() {
		return "tier";
	}

	@Override
	public Object export(CustomerId customer) {
		List<TierHistoryEntry> history = jdbc.sql("""
				select id, customer, evaluation, from_tier, to_tier, reason, evaluated_at from customer_tier_history
				where customer = :customer order by id""")
			.param("customer", customer.value())
			.query((rs, n) -> new TierHistoryEntry(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getString(6), Timestamps.instant(rs.getObject(7, OffsetDateTime.class))))
			.list();
		Optional<TierOverrides.Override> override = overrides.find(customer.value());
		if (history.isEmpty() && override.isEmpty()) {
			return null;
		}
		return new Tier(history, override.orElse(null));
	}

	@Override
	public void erase(CustomerId customer) {
		jdbc.sql("update customer_tier_override set reason = :erased where customer = :customer")
			.param("erased", ERASED_TEXT)
			.param("customer", customer.value())
			.update();
		jdbc.sql("""
				update customer_tier_history set reason = :erased
				where customer = :customer and reason like :override""")
			.param("erased", OVERRIDE_REASON + ": " + ERASED_TEXT)
			.param("customer", customer.value())
			.param("override", OVERRIDE_REASON + "%")
			.update();
	}

	/** The customer's tier moves, oldest first, and their override if one was ever set. */
	record Tier(List<TierHistoryEntry> history, TierOverrides.Override override) {
	}

}
