package io.kairos.analytics.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
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

	private final JdbcClient jdbc;

	private final TicketProjector tickets;

	private final TransactionTemplate transaction;

	FeedbackProjector(JdbcClient jdbc, TicketProjector tickets, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
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
		Integer nps = response.nps();
		Integer csat = response.csat();
		long[] add = { nps == null ? 0 : 1, nps != null && nps >= 9 ? 1 : 0, nps != null && nps <= 6 ? 1 : 0,
				csat == null ? 0 : 1, csat != null && csat >= 4 ? 1 : 0 };
		Object[] key = { day(response.respondedAt()), id(response.teamId()), id(response.agentId()),
				code(response.channel()), code(response.tier()) };
		int updated = jdbc.sql("""
				update analytics_survey_daily set nps_n = nps_n + ?, nps_promoters = nps_promoters + ?,
				nps_detractors = nps_detractors + ?, csat_n = csat_n + ?, csat_satisfied = csat_satisfied + ?
				where stat_date = ? and team_id = ? and agent_id = ? and channel = ? and tier = ?""")
			.params(add[0], add[1], add[2], add[3], add[4], key[0], key[1], key[2], key[3], key[4])
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into analytics_survey_daily (nps_n, nps_promoters, nps_detractors, csat_n, csat_satisfied,
					stat_date, team_id, agent_id, channel, tier) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(add[0], add[1], add[2], add[3], add[4], key[0], key[1], key[2], key[3], key[4])
				.update();
		}
	}

	/** Counts a MOT score in the caller's transaction, unless it was counted before. */
	void count(MotFacts.Fact score) {
		if (!firstTime("MOT", score.scoreId())) {
			return;
		}
		Object[] key = { day(score.at()), id(score.teamId()), id(score.agentId()), score.touchpointId() };
		long negative = score.score() < 0 ? 1 : 0;
		int updated = jdbc.sql("""
				update analytics_mot_daily set mot_n = mot_n + 1, mot_sum = mot_sum + ?, mot_negative = mot_negative + ?
				where stat_date = ? and team_id = ? and agent_id = ? and touchpoint_id = ?""")
			.params(score.score(), negative, key[0], key[1], key[2], key[3])
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into analytics_mot_daily (mot_n, mot_sum, mot_negative, stat_date, team_id, agent_id,
					touchpoint_id) values (1, ?, ?, ?, ?, ?, ?)""")
				.params(score.score(), negative, key[0], key[1], key[2], key[3])
				.update();
		}
	}

	/** Empties the feedback roll-ups, for a rebuild. */
	void clear() {
		jdbc.sql("delete from analytics_survey_daily").update();
		jdbc.sql("delete from analytics_mot_daily").update();
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

}
