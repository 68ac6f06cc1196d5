package io.kairos.voc.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

import io.kairos.customer.CustomerRoster;
import io.kairos.shared.time.Timestamps;
import io.kairos.voc.report.DailyNps;

/**
 * Collects the demo responses of one survey version 1 and writes them in JDBC batches; the survey's NPS day
 * roll-up is then counted from them in the same transaction.
 */
final class DemoResponses {

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final DailyNps daily;

	private final long surveyId;

	private final List<CustomerRoster.Entry> customers;

	private final List<Long> agents;

	private final Instant now;

	private final List<Object[]> responses = new ArrayList<>();

	private final List<List<DemoAnswer>> answers = new ArrayList<>();

	private Object[] pending;

	DemoResponses(JdbcTemplate jdbc, DailyNps daily, long surveyId, List<CustomerRoster.Entry> customers,
			List<Long> agents, Instant now) {
		this.jdbc = jdbc;
		this.daily = daily;
		this.surveyId = surveyId;
		this.customers = customers;
		this.agents = agents;
		this.now = now;
	}

	record Context(Long customerId, String tier, double tierBonus, String segment, int channelIndex, String channel,
			long touchpoint, Long agentId, Instant respondedAt) {
	}

	/** One typed answer, as the survey_answer columns hold it. */
	record DemoAnswer(String code, String type, Integer score, String choice, String text, Integer item,
			Integer expectation, Integer desired, Integer adequate, Integer perception, int[] weights, String feature,
			String functional, String dysfunctional) {

		static DemoAnswer score(String code, String type, int score, String text) {
			return new DemoAnswer(code, type, score, null, text, null, null, null, null, null, null, null, null, null);
		}

		static DemoAnswer choice(String code, String choice) {
			return new DemoAnswer(code, "SINGLE", null, choice, null, null, null, null, null, null, null, null, null, null);
		}

		static DemoAnswer servqual(String code, int item, Integer expectation, Integer desired, Integer adequate,
				int perception) {
			return new DemoAnswer(code, "SERVQUAL", null, null, null, item, expectation, desired, adequate, perception,
					null, null, null, null);
		}

		static DemoAnswer weights(String code, int[] weights) {
			return new DemoAnswer(code, "SERVQUAL_WEIGHTS", null, null, null, null, null, null, null, null, weights,
					null, null, null);
		}

		static DemoAnswer kano(String code, String feature, String functional, String dysfunctional) {
			return new DemoAnswer(code, "KANO", null, null, null, null, null, null, null, null, null, feature,
					functional, dysfunctional);
		}

	}

	/** A respondent: a demo customer with tier, region, channel, touchpoint and agent; {@code progress} 0..1 over the year. */
	Context nextContext(Random random, double progress) {
		CustomerRoster.Entry customer = customers.isEmpty() ? null : customers.get(random.nextInt(customers.size()));
		String tier = customer == null ? null : customer.tier();
		double bonus = tier == null ? 0 : switch (tier) {
			case "DIAMOND" -> 1.0;
			case "GOLD" -> 0.6;
			case "SILVER" -> 0.2;
			default -> -0.2;
		};
		int channel = random.nextInt(DemoSurveys.CHANNELS.length);
		long secondsAgo = (long) ((1 - progress) * Duration.ofDays(360).toSeconds()) + random.nextInt(86_400 * 5);
		return new Context(customer == null ? null : customer.id().value(), tier, bonus,
				DemoSurveys.SEGMENTS[random.nextInt(DemoSurveys.SEGMENTS.length)], channel, DemoSurveys.CHANNELS[channel],
				1 + random.nextInt(5), agents.isEmpty() ? null : agents.get(random.nextInt(agents.size())),
				now.minusSeconds(secondsAgo));
	}

	void context(Context context, Integer nps, String verbatim) {
		pending = new Object[] { surveyId, 1, context.customerId(), null, context.touchpoint(), null, context.agentId(),
				context.channel(), context.tier(), context.segment(), "DEMO", nps, null, null, verbatim,
				Timestamps.utc(context.respondedAt()), Timestamps.utc(now) };
	}

	void add(Random random, List<DemoAnswer> given) {
		Object[] row = pending.clone();
		for (DemoAnswer answer : given) {
			if ("CSAT".equals(answer.type()) && row[12] == null) {
				row[12] = answer.score();
			}
			if ("CES".equals(answer.type()) && row[13] == null) {
				row[13] = answer.score();
			}
		}
		responses.add(row);
		answers.add(given);
	}

	/**
	 * Writes the responses, reads their ids back in insertion order (the table was empty), writes the answers and
	 * counts the survey's roll-up rows.
	 */
	int flush() {
		for (int from = 0; from < responses.size(); from += BATCH) {
			jdbc.batchUpdate("""
					insert into survey_response (survey_id, survey_version, customer_id, ticket_id, touchpoint_id, team_id,
					  agent_id, channel, tier, segment, source, nps, csat, ces, verbatim, responded_at, recorded_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					responses.subList(from, Math.min(responses.size(), from + BATCH)));
		}
		List<Long> ids = jdbc.queryForList("select id from survey_response where survey_id = ? order by id", Long.class,
				surveyId);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			for (DemoAnswer answer : answers.get(i)) {
				int[] w = answer.weights();
				rows.add(new Object[] { ids.get(i), answer.code(), answer.type(), answer.score(), answer.choice(),
						answer.text(), answer.item(), answer.expectation(), answer.desired(), answer.adequate(),
						answer.perception(), w == null ? null : w[0], w == null ? null : w[1], w == null ? null : w[2],
						w == null ? null : w[3], w == null ? null : w[4], answer.feature(), answer.functional(),
						answer.dysfunctional() });
			}
		}
		for (int from = 0; from < rows.size(); from += BATCH * 4) {
			jdbc.batchUpdate("""
					insert into survey_answer (response_id, question_code, question_type, score, choice, free_text,
					  servqual_item, expectation, desired, adequate, perception, w_tangibles, w_reliability,
					  w_responsiveness, w_assurance, w_empathy, kano_feature, kano_functional, kano_dysfunctional)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					rows.subList(from, Math.min(rows.size(), from + BATCH * 4)));
		}
		daily.recount(surveyId);
		return ids.size();
	}

}
