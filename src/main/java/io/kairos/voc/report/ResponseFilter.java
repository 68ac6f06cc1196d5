package io.kairos.voc.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.kairos.shared.time.Timestamps;

/**
 * Which responses a report reads: a survey, a period [from, to), and the context columns copied onto each
 * response. Builds a WHERE clause over allow-listed columns with bound values only.
 */
public record ResponseFilter(Long surveyId, Instant from, Instant to, String segment, String tier, String channel,
		Long touchpoint, Long team, Long agent) {

	public static ResponseFilter ofSurvey(long surveyId) {
		return new ResponseFilter(surveyId, null, null, null, null, null, null, null, null);
	}

	public ResponseFilter between(Instant newFrom, Instant newTo) {
		return new ResponseFilter(surveyId, newFrom, newTo, segment, tier, channel, touchpoint, team, agent);
	}

	/** The conditions on the response table (alias {@code r}), each preceded by " and ", with a trailing space. */
	String conditions() {
		StringBuilder sql = new StringBuilder();
		if (surveyId != null) {
			sql.append(" and r.survey_id = :surveyId");
		}
		if (from != null) {
			sql.append(" and r.responded_at >= :from");
		}
		if (to != null) {
			sql.append(" and r.responded_at < :to");
		}
		if (segment != null) {
			sql.append(" and r.segment = :segment");
		}
		if (tier != null) {
			sql.append(" and r.tier = :tier");
		}
		if (channel != null) {
			sql.append(" and r.channel = :channel");
		}
		if (touchpoint != null) {
			sql.append(" and r.touchpoint_id = :touchpoint");
		}
		if (team != null) {
			sql.append(" and r.team_id = :team");
		}
		if (agent != null) {
			sql.append(" and r.agent_id = :agent");
		}
		return sql.append(' ').toString();
	}

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		put(parameters, "surveyId", surveyId);
		put(parameters, "from", Timestamps.utc(from));
		put(parameters, "to", Timestamps.utc(to));
		put(parameters, "segment", segment);
		put(parameters, "tier", tier);
		put(parameters, "channel", channel);
		put(parameters, "touchpoint", touchpoint);
		put(parameters, "team", team);
		put(parameters, "agent", agent);
		return parameters;
	}

	private static void put(Map<String, Object> parameters, String name, Object value) {
		if (value != null) {
			parameters.put(name, value);
		}
	}

}
