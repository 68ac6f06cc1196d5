package io.kairos.customer.care;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.customer.CustomerDataContributor;
import io.kairos.customer.CustomerId;
import io.kairos.shared.time.Timestamps;

/**
 * The care part of a subject export and erasure: lifecycle stage history, contracts, personality type and
 * consents. An erasure
 * <ul>
 * <li>keeps the stage history (stages and dates, for the lifecycle statistics);</li>
 * <li>keeps each contract's kind, dates and status, and replaces its title and coverage (free text that may
 * name the customer, an address or a device serial) with {@link CustomerDataContributor#ERASED_TEXT};</li>
 * <li>removes the personality type: it is a judgement about the person, and no statistic is built on it;</li>
 * <li>keeps each consent's channel, status and time — a withdrawal stays a withdrawal, so the erased customer is
 * never contacted on that channel — and its source, a code that says nothing about the person.</li>
 * </ul>
 */
@Component
class CareData implements CustomerDataContributor {

	private final JdbcClient jdbc;

	private final StageHistory stages;

	CareData(JdbcClient jdbc, StageHistory stages) {
		this.jdbc = jdbc;
		this.stages = stages;
	}

	@Override
	public String section() {
		return "care";
	}

	@Override
	public Object export(CustomerId customer) {
		long id = customer.value();
		List<Contract> contracts = jdbc.sql("""
				select id, kind, title, coverage, starts_on, ends_on, status, created_at from customer_contract
				where customer = :customer order by id""")
			.param("customer", id)
			.query((rs, n) -> new Contract(rs.getLong("id"), ContractKind.valueOf(rs.getString("kind")),
					rs.getString("title"), rs.getString("coverage"), rs.getObject("starts_on", java.time.LocalDate.class),
					rs.getObject("ends_on", java.time.LocalDate.class), rs.getString("status"),
					Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class))))
			.list();
		Personality personality = jdbc.sql("select type, set_at, set_by from customer_personality where customer = :customer")
			.param("customer", id)
			.query((rs, n) -> new Personality(rs.getString("type"),
					Timestamps.instant(rs.getObject("set_at", OffsetDateTime.class)), rs.getString("set_by")))
			.optional()
			.orElse(null);
		List<Consent> consents = jdbc.sql("""
				select channel, status, source, changed_at from customer_consent where customer = :customer order by channel""")
			.param("customer", id)
			.query((rs, n) -> new Consent(rs.getString("channel"), ConsentStatus.valueOf(rs.getString("status")),
					ConsentSource.valueOf(rs.getString("source")), Timestamps.instant(rs.getObject("changed_at", OffsetDateTime.class))))
			.list();
		return new Care(stages.of(id), contracts, personality, consents);
	}

	@Override
	public void erase(CustomerId customer) {
		long id = customer.value();
		jdbc.sql("update customer_contract set title = :erased, coverage = :erased where customer = :customer")
			.param("erased", ERASED_TEXT)
			.param("customer", id)
			.update();
		jdbc.sql("delete from customer_personality where customer = :customer").param("customer", id).update();
	}

	/** The customer's care data as held. */
	record Care(List<StageHistory.StageMove> stageHistory, List<Contract> contracts, Personality personality,
			List<Consent> consents) {
	}

	/** A contract as held, without the customer's name (the profile section carries it). */
	record Contract(long id, ContractKind kind, String title, String coverage, java.time.LocalDate startsOn,
			java.time.LocalDate endsOn, String status, Instant createdAt) {
	}

	/** The personality type recorded for the customer, when and by whom. */
	record Personality(String type, Instant setAt, String setBy) {
	}

}
