package io.kairos.customer.tier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerId;
import io.kairos.customer.CustomerTierChanged;
import io.kairos.customer.value.CustomerFigures;
import io.kairos.customer.value.RfmCells;
import io.kairos.customer.value.ValueFigures;
import io.kairos.identity.AuditLog;
import io.kairos.shared.time.Timestamps;

/**
 * Places every customer in a tier by the ladder's rules, or by an unexpired manual override, and records each
 * move in the tier history with its reason and the evaluation's id.
 * <p>
 * Evaluations take turns: each first locks the one row of {@code tier_evaluation_lock} (select for update) and
 * holds it until it commits, so a second evaluation — from another request or another node — waits, then sees
 * the first one's tiers and finds nothing left to change. Running twice therefore gives the same tiers and no
 * new history; {@code unique (evaluation, customer)} guards the history besides.
 */
@Service
public class TierEvaluations {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final TierRules rules;

	private final ValueFigures figures;

	private final TierOverrides overrides;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	private final RfmCells rfmCells;

	TierEvaluations(JdbcClient jdbc, JdbcTemplate batch, TierRules rules, ValueFigures figures,
			TierOverrides overrides, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone, RfmCells rfmCells) {
		this.rfmCells = rfmCells;
		this.jdbc = jdbc;
		this.batch = batch;
		this.rules = rules;
		this.figures = figures;
		this.overrides = overrides;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	private record Change(long customer, String from, String to, String reason) {
	}

	@Transactional
	public EvaluationResult run(String triggeredBy) {
		jdbc.sql("select id from tier_evaluation_lock where id = 1 for update").query(Integer.class).single();
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		TierLadder ladder = rules.ladder();
		Map<Long, TierOverrides.Override> active = overrides.activeOn(today);
		long evaluation = start(now, triggeredBy, ladder.version());

		Map<String, Integer> counts = new LinkedHashMap<>();
		ladder.rules().forEach(rule -> counts.put(rule.tier(), 0));
		List<Change> changes = new ArrayList<>();
		int overridden = 0;
		List<CustomerFigures> all = figures.all(today, zone);
		rfmCells.refresh(all, now);
		for (CustomerFigures customer : all) {
			TierOverrides.Override override = active.get(customer.customer());
			TierLadder.Placement placement;
			if (override != null && ladder.rule(override.tier()).isPresent()) {
				placement = new TierLadder.Placement(override.tier(), TierData.OVERRIDE_REASON + (override.expiresOn() == null ? ""
						: " until " + override.expiresOn()) + ": " + override.reason());
				overridden++;
			}
			else {
				placement = ladder.place(customer);
			}
			counts.merge(placement.tier(), 1, Integer::sum);
			if (!placement.tier().equals(customer.tier())) {
				changes.add(new Change(customer.customer(), customer.tier(), placement.tier(), truncate(placement.reason())));
			}
		}
		record(evaluation, changes, now);
		jdbc.sql("update tier_evaluation set finished_at = :at, evaluated = :evaluated, changed = :changed where id = :id")
			.param("at", Timestamps.utc(clock.instant()))
			.param("evaluated", all.size())
			.param("changed", changes.size())
			.param("id", evaluation)
			.update();
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("evaluated", all.size());
		detail.put("changed", changes.size());
		detail.put("overridden", overridden);
		detail.put("tiers", counts);
		audit.record("tier.evaluation.completed", "tier_evaluation", evaluation, detail);
		changes.forEach(change -> events.publishEvent(new CustomerTierChanged(new CustomerId(change.customer()),
				change.from(), change.to(), change.reason(), evaluation, now)));
		return new EvaluationResult(evaluation, all.size(), changes.size(), overridden, counts);
	}

	private long start(Instant now, String triggeredBy, int ladderVersion) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into tier_evaluation (started_at, triggered_by, ladder_version)
				values (:at, :by, :version)""")
			.param("at", Timestamps.utc(now))
			.param("by", truncate(triggeredBy, 64))
			.param("version", ladderVersion)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** Moves the customers (their version moves too, so an edit made from an older read gets a conflict). */
	private void record(long evaluation, List<Change> changes, Instant now) {
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> history = new ArrayList<>();
		for (Change change : changes) {
			updates.add(new Object[] { change.to(), change.customer() });
			history.add(new Object[] { change.customer(), evaluation, change.from(), change.to(), change.reason(),
					Timestamps.utc(now) });
		}
		for (int from = 0; from < changes.size(); from += 500) {
			int to = Math.min(from + 500, changes.size());
			batch.batchUpdate("update customer set tier = ?, version = version + 1 where id = ?", updates.subList(from, to));
			batch.batchUpdate("""
					insert into customer_tier_history (customer, evaluation, from_tier, to_tier, reason, evaluated_at)
					values (?, ?, ?, ?, ?, ?)""", history.subList(from, to));
		}
	}

	private static String truncate(String text) {
		return truncate(text, 500);
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
