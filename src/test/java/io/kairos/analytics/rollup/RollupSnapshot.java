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

}
