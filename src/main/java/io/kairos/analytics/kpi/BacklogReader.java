package io.kairos.analytics.kpi;

import io.kairos.shared.time.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.analytics.GroupBy;
import io.kairos.analytics.KpiQuery;

/**
 * The backlog now: open tickets (not resolved or closed) per group, split into age buckets by time since
 * creation (under 1 day, 1–3 days, 3–7 days, over 7 days, calendar time). Read from analytics' own per-ticket
 * facts, not the desk's tables. Backlog is a state, not a flow: the query's period does not apply, and time
 * groupings get one group, {@code now}.
 */
@Component
public class BacklogReader {

	private final JdbcClient jdbc;

	BacklogReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per group: open tickets in each age bucket, youngest first. */
	public Map<String, long[]> ages(KpiQuery query, Instant now) {
		String group = switch (query.groupBy()) {
			case NONE -> "'all'";
			case DAY, WEEK, MONTH -> "'now'";
			case TEAM -> "team_id";
			case CHANNEL -> "channel";
			case TIER -> "tier";
			case TYPE -> "ticket_type";
			case AGENT -> "agent_id";
			case CATEGORY -> "category_id";
		};
		StringBuilder sql = new StringBuilder("select ").append(group).append(" as grp,").append("""

				 sum(case when created_at > :d1 then 1 else 0 end),
				 sum(case when created_at <= :d1 and created_at > :d3 then 1 else 0 end),
				 sum(case when created_at <= :d3 and created_at > :d7 then 1 else 0 end),
				 sum(case when created_at <= :d7 then 1 else 0 end)
				 from analytics_ticket_fact where is_open = true""");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("d1", Timestamps.utc(now.minus(Duration.ofDays(1))));
		params.put("d3", Timestamps.utc(now.minus(Duration.ofDays(3))));
		params.put("d7", Timestamps.utc(now.minus(Duration.ofDays(7))));
		KpiReader.filter(sql, params, "team_id", "team", query.team());
		KpiReader.filter(sql, params, "channel", "channel", query.channel());
		KpiReader.filter(sql, params, "tier", "tier", query.tier());
		KpiReader.filter(sql, params, "ticket_type", "type", query.type());
		KpiReader.filter(sql, params, "agent_id", "agent", query.agent());
		boolean grouped = !query.groupBy().byTime() && query.groupBy() != GroupBy.NONE;
		if (grouped) {
			sql.append(" group by ").append(group);
		}
		Map<String, long[]> result = new LinkedHashMap<>();
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			long[] ages = { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) };
			if (ages[0] + ages[1] + ages[2] + ages[3] > 0 || !grouped) {
				result.put(String.valueOf(rs.getObject(1)), ages);
			}
		});
		return result;
	}

}
