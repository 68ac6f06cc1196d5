package io.kairos.analytics.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Every non-zero roll-up row of one team, keyed by table and key columns, for comparing two states. */
final class RollupSnapshot {

	private RollupSnapshot() {
	}

	static Map<String, List<Long>> of(JdbcClient jdbc, long team) {
		String columns = Measure.ALL.stream().map(Measure::column).collect(Collectors.joining(", "));
		Map<String, List<Long>> rows = new TreeMap<>();
		for (RollupTable table : RollupTable.values()) {
			String extra = table.extraColumn() == null ? "0" : table.extraColumn();
			jdbc.sql("select stat_date, " + extra + ", channel, tier, ticket_type, " + columns + " from "
					+ table.tableName() + " where team_id = :team")
				.param("team", team)
				.query(rs -> {
					List<Long> counters = new ArrayList<>();
					boolean zero = true;
					for (int i = 0; i < Measure.ALL.size(); i++) {
						long counter = rs.getLong(6 + i);
						counters.add(counter);
						zero &= counter == 0;
					}
					if (!zero) {
						rows.put(table + "|" + rs.getDate(1) + "|" + rs.getLong(2) + "|" + rs.getString(3) + "|"
								+ rs.getString(4) + "|" + rs.getString(5), counters);
					}
				});
		}
		return rows;
	}


	/**
	 * Each whole-day total row against the sum of its day's dimensioned rows (tickets: the day table; surveys; MOT
	 * scores), over the whole database: the days where they differ, as text, empty when every total is right.
	 */
	static List<String> wrongTotals(JdbcClient jdbc) {
		List<String> wrong = new ArrayList<>();
		String ticketColumns = Measure.ALL.stream().map(Measure::column).collect(Collectors.joining(", "));
		compare(jdbc, "analytics_daily", "analytics_day_total", ticketColumns, wrong);
		compare(jdbc, "analytics_survey_daily", "analytics_survey_day_total",
				"nps_n, nps_promoters, nps_detractors, csat_n, csat_satisfied", wrong);
		compare(jdbc, "analytics_mot_daily", "analytics_mot_day_total", "mot_n, mot_sum, mot_negative", wrong);
		return wrong;
	}

	private static void compare(JdbcClient jdbc, String dimensioned, String totals, String columns,
			List<String> wrong) {
		String sums = java.util.Arrays.stream(columns.split(", ")).map(c -> "sum(" + c + ")").collect(Collectors.joining(", "));
		Map<String, List<Long>> expected = byDay(jdbc,
				"select stat_date, " + sums + " from " + dimensioned + " group by stat_date");
		Map<String, List<Long>> actual = byDay(jdbc, "select stat_date, " + sums + " from " + totals + " group by stat_date");
		java.util.Set<String> days = new java.util.TreeSet<>(expected.keySet());
		days.addAll(actual.keySet());
		for (String day : days) {
			if (!java.util.Objects.equals(expected.get(day), actual.get(day))) {
				wrong.add(totals + " " + day + ": " + actual.get(day) + " but the day's rows sum to " + expected.get(day));
			}
		}
	}

	private static Map<String, List<Long>> byDay(JdbcClient jdbc, String sql) {
		Map<String, List<Long>> rows = new TreeMap<>();
		jdbc.sql(sql).query(rs -> {
			List<Long> counters = new ArrayList<>();
			boolean zero = true;
			for (int i = 2; i <= rs.getMetaData().getColumnCount(); i++) {
				counters.add(rs.getLong(i));
				zero &= rs.getLong(i) == 0;
			}
			if (!zero) {
				rows.put(String.valueOf(rs.getDate(1)), counters);
			}
		});
		return rows;
	}

}
