package io.kairos.analytics.kpi;

import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.analytics.KpiQuery;

/**
 * Sums the survey (NPS, CSAT) and MOT roll-ups per group. Survey responses know their team, agent, channel and
 * tier; MOT scores their team and agent only. A grouping or filter a source does not know leaves that source
 * out (no figures rather than wrong ones); neither knows a ticket type or category.
 */
@Component
public class FeedbackReader {

	/** Per group: NPS n, promoters, detractors; CSAT n, satisfied; MOT n, sum, negative. */
	public static final int NPS_N = 0, PROMOTERS = 1, DETRACTORS = 2, CSAT_N = 3, SATISFIED = 4, MOT_N = 5,
			MOT_SUM = 6, MOT_NEGATIVE = 7;

	private final JdbcClient jdbc;

	FeedbackReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, long[]> sums(KpiQuery query) {
		Map<String, long[]> result = new LinkedHashMap<>();
		if (query.type() != null) {
			return result;
		}
		String surveyGroup = switch (query.groupBy()) {
			case NONE -> "'all'";
			case DAY, WEEK, MONTH -> "stat_date";
			case TEAM -> "team_id";
			case AGENT -> "agent_id";
			case CHANNEL -> "channel";
			case TIER -> "tier";
			case TYPE, CATEGORY -> null;
		};
		if (surveyGroup != null) {
			StringBuilder sql = new StringBuilder("select " + surveyGroup + " as grp, sum(nps_n), sum(nps_promoters),"
					+ " sum(nps_detractors), sum(csat_n), sum(csat_satisfied) from "
					+ (KpiReader.wholeDays(query) ? "analytics_survey_day_total" : "analytics_survey_daily")
					+ " where stat_date >= :from and stat_date <= :to");
			Map<String, Object> params = period(query);
			KpiReader.filter(sql, params, "team_id", "team", query.team());
			KpiReader.filter(sql, params, "agent_id", "agent", query.agent());
			KpiReader.filter(sql, params, "channel", "channel", query.channel());
			KpiReader.filter(sql, params, "tier", "tier", query.tier());
			read(sql, params, surveyGroup, result, 0, 5);
		}
		boolean motKnows = query.channel() == null && query.tier() == null;
		String motGroup = switch (query.groupBy()) {
			case NONE -> "'all'";
			case DAY, WEEK, MONTH -> "stat_date";
			case TEAM -> "team_id";
			case AGENT -> "agent_id";
			case CHANNEL, TIER, TYPE, CATEGORY -> null;
		};
		if (motKnows && motGroup != null) {
			StringBuilder sql = new StringBuilder("select " + motGroup + " as grp, sum(mot_n), sum(mot_sum),"
					+ " sum(mot_negative) from "
					+ (KpiReader.wholeDays(query) ? "analytics_mot_day_total" : "analytics_mot_daily")
					+ " where stat_date >= :from and stat_date <= :to");
			Map<String, Object> params = period(query);
			KpiReader.filter(sql, params, "team_id", "team", query.team());
			KpiReader.filter(sql, params, "agent_id", "agent", query.agent());
			read(sql, params, motGroup, result, MOT_N, 3);
		}
		return result;
	}

	private void read(StringBuilder sql, Map<String, Object> params, String group, Map<String, long[]> result,
			int offset, int columns) {
		if (!group.startsWith("'")) {
			sql.append(" group by ").append(group);
		}
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			Object key = rs.getObject(1);
			if (key == null) {
				return;
			}
			String name = key instanceof Date date ? date.toLocalDate().toString() : String.valueOf(key);
			long[] sums = result.computeIfAbsent(name, k -> new long[8]);
			for (int i = 0; i < columns; i++) {
				sums[offset + i] += rs.getLong(2 + i);
			}
		});
	}

	private static Map<String, Object> period(KpiQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("from", Date.valueOf(query.from()));
		params.put("to", Date.valueOf(query.to()));
		return params;
	}

}
