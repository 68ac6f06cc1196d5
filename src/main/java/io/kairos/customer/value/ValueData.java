package io.kairos.customer.value;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.customer.CustomerDataContributor;
import io.kairos.customer.CustomerId;
import io.kairos.shared.time.Timestamps;

/**
 * The value facts' part of a subject export and erasure. A fact is an amount, a currency, a date and a kind:
 * nothing in it names the customer once the profile is anonymised, and the tiers, RFM scores and Pareto view
 * are computed from it, so an erasure keeps every fact as it is.
 */
@Component
class ValueData implements CustomerDataContributor {

	private final JdbcClient jdbc;

	ValueData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "values";
	}

	@Override
	public Object export(CustomerId customer) {
		List<Fact> facts = jdbc.sql("""
				select id, amount, currency, occurred_on, kind, recorded_at from customer_value
				where customer = :customer order by occurred_on, id""")
			.param("customer", customer.value())
			.query((rs, n) -> new Fact(rs.getLong("id"), rs.getBigDecimal("amount"), rs.getString("currency"),
					rs.getObject("occurred_on", LocalDate.class), ValueKind.valueOf(rs.getString("kind")),
					Timestamps.instant(rs.getObject("recorded_at", OffsetDateTime.class))))
			.list();
		return facts.isEmpty() ? null : facts;
	}

	@Override
	public void erase(CustomerId customer) {
		// Amounts, dates and kinds are kept for statistics; a fact holds no free text.
	}

	/** One value fact as recorded. */
	record Fact(long id, BigDecimal amount, String currency, LocalDate occurredOn, ValueKind kind, Instant recordedAt) {
	}

}
