package io.kairos.analytics.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.journey.MotFacts;
import io.kairos.voc.SurveyFacts;

/**
 * Counts survey responses (NPS, CSAT) and MOT scores into their day roll-ups, each exactly once: the response or
 * score id is remembered in {@code analytics_feedback_seen} in the same transaction, so a replayed event adds
 * nothing. Responses and scores are never changed after they are stored, so counting once is counting right.
 * NPS: promoters answer 9–10, detractors 0–6 (Reichheld, "The One Number You Need to Grow", HBR 2003). CSAT:
 * satisfied answer 4 or 5 on the 1–5 scale (top-two-box).
 */
@Component
class FeedbackProjector {

	private static final int ATTEMPTS = 4;

	/** The dimensioned day rows first, then the whole-day totals. */
	private static final List<String> SURVEY_TABLES = List.of("analytics_survey_daily", "analytics_survey_day_total");

	private static final List<String> MOT_TABLES = List.of("analytics_mot_daily", "analytics_mot_day_total");

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final TicketProjector tickets;

	private final TransactionTemplate transaction;

	FeedbackProjector(JdbcClient jdbc, JdbcTemplate batch, TicketProjector tickets,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.tickets = tickets;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Counts the response read from the voice of the customer, in a transaction of its own, retried on a race. */
	void refresh(Supplier<java.util.Optional<SurveyFacts.Fact>> response) {
		retrying(() -> response.get().ifPresent(this::count));
	}

	void refreshMot(Supplier<java.util.Optional<MotFacts.Fact>> score) {
		retrying(() -> score.get().ifPresent(this::count));
	}

	/** Counts a response in the caller's transaction, unless it was counted before. */
	void count(SurveyFacts.Fact response) {
		if (!firstTime("SURVEY", response.responseId())) {
			return;
		}
		addSurvey(surveyKey(response), surveyCounters(response));
	}

	/**
	 * Counts a page of responses (ascending ids) in the caller's transaction, those not counted before: one read of
	 * the page's seen ids and one batch of seen rows. The page's roll-up changes are returned summed per day row,
	 * for the caller to write ({@link #addSurveys}) once it has gathered many pages.
	 */
	Map<SurveyKey, long[]> countSurveys(List<SurveyFacts.Fact> page) {
		Map<SurveyKey, long[]> sum = new LinkedHashMap<>();
		for (SurveyFacts.Fact response : firstTimes("SURVEY", page, SurveyFacts.Fact::responseId)) {
			long[] add = surveyCounters(response);
			long[] row = sum.computeIfAbsent(surveyKey(response), k -> new long[add.length]);
			for (int i = 0; i < add.length; i++) {
				row[i] += add[i];
			}
		}
		return sum;
	}

	/**
	 * Adds summed changes to the survey day rows and the whole-day totals: per table, one batch of adding updates
	 * and one of inserts for new rows.
	 */
	void addSurveys(Map<SurveyKey, long[]> sum) {
		Map<SurveyKey, long[]> totals = new LinkedHashMap<>();
		sum.forEach((key, add) -> plus(totals.computeIfAbsent(key.total(), k -> new long[add.length]), add));
		for (String table : SURVEY_TABLES) {
			addAll(surveyUpdate(table), surveyInsert(table),
					(table.equals(SURVEY_TABLES.get(0)) ? sum : totals).entrySet().stream()
						.map(e -> new Object[] { e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3],
								e.getValue()[4], e.getKey().date(), e.getKey().team(), e.getKey().agent(),
								e.getKey().channel(), e.getKey().tier() })
						.toList());
		}
	}

	/** Counts a page of MOT scores (ascending ids) in the caller's transaction, as {@link #countSurveys}. */
	Map<MotKey, long[]> countScores(List<MotFacts.Fact> page) {
		Map<MotKey, long[]> sum = new LinkedHashMap<>();
		for (MotFacts.Fact score : firstTimes("MOT", page, MotFacts.Fact::scoreId)) {
			long[] row = sum.computeIfAbsent(motKey(score), k -> new long[3]);
			row[0] += 1;
			row[1] += score.score();
			row[2] += score.score() < 0 ? 1 : 0;
		}
		return sum;
	}

	/** Adds summed changes to the MOT day rows and the whole-day totals, as {@link #addSurveys}. */
	void addScores(Map<MotKey, long[]> sum) {
		Map<MotKey, long[]> totals = new LinkedHashMap<>();
		sum.forEach((key, add) -> plus(totals.computeIfAbsent(key.total(), k -> new long[add.length]), add));
		for (String table : MOT_TABLES) {
			addAll(motUpdate(table), motInsert(table),
					(table.equals(MOT_TABLES.get(0)) ? sum : totals).entrySet().stream()
						.map(e -> new Object[] { e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getKey().date(),
								e.getKey().team(), e.getKey().agent(), e.getKey().touchpoint() })
						.toList());
		}
	}

	private static void plus(long[] row, long[] add) {
		for (int i = 0; i < row.length; i++) {
			row[i] += add[i];
		}
	}

	private static String surveyUpdate(String table) {
		return "update " + table + """
				 set nps_n = nps_n + ?, nps_promoters = nps_promoters + ?,
				nps_detractors = nps_detractors + ?, csat_n = csat_n + ?, csat_satisfied = csat_satisfied + ?
				where stat_date = ? and team_id = ? and agent_id = ? and channel = ? and tier = ?""";
	}

	private static String surveyInsert(String table) {
		return "insert into " + table + """
				 (nps_n, nps_promoters, nps_detractors, csat_n, csat_satisfied,
				stat_date, team_id, agent_id, channel, tier) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	}

	private static String motUpdate(String table) {
		return "update " + table + """
				 set mot_n = mot_n + ?, mot_sum = mot_sum + ?, mot_negative = mot_negative + ?
				where stat_date = ? and team_id = ? and agent_id = ? and touchpoint_id = ?""";
	}

	private static String motInsert(String table) {
		return "insert into " + table + """
				 (mot_n, mot_sum, mot_negative, stat_date, team_id, agent_id,
				touchpoint_id) values (?, ?, ?, ?, ?, ?, ?)""";
	}

	/** A page's update-or-insert per day row in two JDBC batches: the adding updates, then the rows not there yet. */
	private void addAll(String update, String insert, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		int[] updated = batch.batchUpdate(update, rows);
		List<Object[]> missing = new java.util.ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (updated[i] == 0) {
				missing.add(rows.get(i));
			}
		}
		if (!missing.isEmpty()) {
			batch.batchUpdate(insert, missing);
		}
	}

	private static long[] surveyCounters(SurveyFacts.Fact response) {
		Integer nps = response.nps();
		Integer csat = response.csat();
		return new long[] { nps == null ? 0 : 1, nps != null && nps >= 9 ? 1 : 0, nps != null && nps <= 6 ? 1 : 0,
				csat == null ? 0 : 1, csat != null && csat >= 4 ? 1 : 0 };
	}

	private SurveyKey surveyKey(SurveyFacts.Fact response) {
		return new SurveyKey(day(response.respondedAt()), id(response.teamId()), id(response.agentId()),
				code(response.channel()), code(response.tier()));
	}

	private MotKey motKey(MotFacts.Fact score) {
		return new MotKey(day(score.at()), id(score.teamId()), id(score.agentId()), score.touchpointId());
	}

	private void addSurvey(SurveyKey key, long[] add) {
		addSurveys(Map.of(key, add));
	}

	/** Counts a MOT score in the caller's transaction, unless it was counted before. */
	void count(MotFacts.Fact score) {
		if (!firstTime("MOT", score.scoreId())) {
			return;
		}
		addMot(motKey(score), new long[] { 1, score.score(), score.score() < 0 ? 1 : 0 });
	}

	private void addMot(MotKey key, long[] add) {
		addScores(Map.of(key, add));
	}

	/**
	 * The items of a page not counted before, remembered as counted in one batch: the seen ids of the page's id
	 * range are read in one query first.
	 */
	private <T> List<T> firstTimes(String kind, List<T> page, ToLongFunction<T> idOf) {
		if (page.isEmpty()) {
			return page;
		}
		Set<Long> seen = new HashSet<>(jdbc.sql(
				"select source_id from analytics_feedback_seen where kind = ? and source_id between ? and ?")
			.params(kind, idOf.applyAsLong(page.get(0)), idOf.applyAsLong(page.get(page.size() - 1)))
			.query(Long.class)
			.list());
		List<T> fresh = page.stream().filter(item -> seen.add(idOf.applyAsLong(item))).toList();
		if (!fresh.isEmpty()) {
			batch.batchUpdate("insert into analytics_feedback_seen (kind, source_id) values (?, ?)",
					fresh.stream().map(item -> new Object[] { kind, idOf.applyAsLong(item) }).toList());
		}
		return fresh;
	}

	/** Empties the feedback roll-ups, for a rebuild. */
	void clear() {
		SURVEY_TABLES.forEach(table -> jdbc.sql("delete from " + table).update());
		MOT_TABLES.forEach(table -> jdbc.sql("delete from " + table).update());
		jdbc.sql("delete from analytics_feedback_seen").update();
	}

	private boolean firstTime(String kind, long id) {
		boolean seen = jdbc.sql("select count(*) from analytics_feedback_seen where kind = ? and source_id = ?")
			.params(kind, id)
			.query(Long.class)
			.single() > 0;
		if (seen) {
			return false;
		}
		jdbc.sql("insert into analytics_feedback_seen (kind, source_id) values (?, ?)").params(kind, id).update();
		return true;
	}

	private void retrying(Runnable work) {
		for (int attempt = 1;; attempt++) {
			try {
				transaction.executeWithoutResult(status -> work.run());
				return;
			}
			catch (DataIntegrityViolationException | TransientDataAccessException race) {
				if (attempt >= ATTEMPTS) {
					throw race;
				}
			}
		}
	}

	private LocalDate day(Instant at) {
		return at.atZone(tickets.zone()).toLocalDate();
	}

	private static long id(Long id) {
		return id == null ? 0 : id;
	}

	private static String code(String code) {
		return code == null || code.isBlank() ? "-" : code;
	}

	record SurveyKey(LocalDate date, long team, long agent, String channel, String tier) {

		/** The key of the whole day's total row. */
		SurveyKey total() {
			return new SurveyKey(date, 0, 0, "-", "-");
		}

	}

	record MotKey(LocalDate date, long team, long agent, long touchpoint) {

		MotKey total() {
			return new MotKey(date, 0, 0, 0);
		}

	}

}
