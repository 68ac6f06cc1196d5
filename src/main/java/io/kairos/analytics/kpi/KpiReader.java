package io.kairos.analytics.kpi;

import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.analytics.GroupBy;
import io.kairos.analytics.KpiQuery;
import io.kairos.analytics.rollup.Measure;
import io.kairos.analytics.rollup.RollupTable;

/**
 * Sums roll-up rows per group for a query, reading the roll-ups only. Time groupings come back per day (weeks and
 * months are folded by {@link io.kairos.analytics.Kpis}); the group column is chosen from an allow-list.
 */
@Component
public class KpiReader {

	private static final String SUMS = Measure.ALL.stream()
		.map(m -> "sum(" + m.column() + ")")
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	KpiReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Summed counters per group key, in group order. */
	public Map<String, Sums> sums(KpiQuery query) {
		RollupTable table = query.groupBy() == GroupBy.CATEGORY ? RollupTable.CATEGORY
				: query.groupBy() == GroupBy.AGENT || query.agent() != null ? RollupTable.AGENT
						: wholeDays(query) ? RollupTable.TOTAL : RollupTable.DAILY;
		String group = switch (query.groupBy()) {
			case NONE -> null;
			case DAY, WEEK, MONTH -> "stat_date";
			case TEAM -> "team_id";
			case CHANNEL -> "channel";
			case TIER -> "tier";
			case TYPE -> "ticket_type";
			case AGENT -> "agent_id";
			case CATEGORY -> "category_id";
		};
		StringBuilder sql = new StringBuilder("select ")
			.append(group == null ? "'all'" : group)
			.append(" as grp, ")
			.append(SUMS)
			.append(" from ")
			.append(table.tableName())
			.append(" where stat_date >= :from and stat_date <= :to");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("from", Date.valueOf(query.from()));
		params.put("to", Date.valueOf(query.to()));
		filter(sql, params, "team_id", "team", query.team());
		filter(sql, params, "channel", "channel", query.channel());
		filter(sql, params, "tier", "tier", query.tier());
		filter(sql, params, "ticket_type", "type", query.type());
		filter(sql, params, "agent_id", "agent", query.agent());
		if (group != null) {
			sql.append(" group by ").append(group).append(" order by ").append(group);
		}
		Map<String, Sums> result = new LinkedHashMap<>();
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			long[] counters = new long[Measure.ALL.size()];
			for (int i = 0; i < counters.length; i++) {
				counters[i] = rs.getLong(i + 2);
			}
			Object key = rs.getObject(1);
			if (key != null) {
				result.put(key instanceof Date date ? date.toLocalDate().toString() : String.valueOf(key),
						new Sums(counters));
			}
		});
		return result;
	}

	/** A query that neither filters nor groups by a dimension: the whole-day totals answer it. */
	static boolean wholeDays(KpiQuery query) {
		return (query.groupBy() == GroupBy.NONE || query.groupBy().byTime()) && query.team() == null
				&& query.channel() == null && query.tier() == null && query.type() == null && query.agent() == null;
	}

	static void filter(StringBuilder sql, Map<String, Object> params, String column, String name, Object value) {
		if (value != null) {
			sql.append(" and ").append(column).append(" = :").append(name);
			params.put(name, value);
		}
	}

}
