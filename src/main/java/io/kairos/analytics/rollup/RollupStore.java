package io.kairos.analytics.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Adds counter changes to roll-up rows: an update that adds, or the row's insert when it does not exist yet. Two
 * writers inserting the same new row at once: one fails on the primary key and its whole change is retried by
 * {@link TicketProjector}. Column names come from {@link Measure} and {@link RollupTable}, never from input.
 */
@Component
class RollupStore {

	private static final String SET = Measure.ALL.stream()
		.map(m -> m.column() + " = " + m.column() + " + :" + m.column())
		.collect(Collectors.joining(", "));

	private static final String COLUMNS = Measure.ALL.stream().map(Measure::column).collect(Collectors.joining(", "));

	private static final String VALUES = Measure.ALL.stream().map(m -> ":" + m.column()).collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	RollupStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Applies the changes in key order (see {@link RollupKey}). */
	void add(Map<RollupKey, long[]> delta) {
		delta.forEach(this::add);
	}

	/**
	 * Applies many changes in JDBC batches (the rebuild's page): per table, one batch of adding updates in key
	 * order, then one batch of inserts for the rows no update found. The same outcome as {@link #add} per row.
	 */
	void addAll(Map<RollupKey, long[]> delta) {
		Map<RollupTable, List<Map.Entry<RollupKey, long[]>>> byTable = new TreeMap<>();
		delta.entrySet().forEach(e -> byTable.computeIfAbsent(e.getKey().table(), t -> new ArrayList<>()).add(e));
		byTable.forEach((table, rows) -> {
			String extra = table.extraColumn() == null ? "" : " and " + table.extraColumn() + " = :extra";
			int[] updated = batch.batchUpdate("update " + table.tableName() + " set " + SET
					+ " where stat_date = :date and team_id = :team and channel = :channel and tier = :tier"
					+ " and ticket_type = :type" + extra,
					rows.stream().map(e -> params(e.getKey(), e.getValue())).toArray(MapSqlParameterSource[]::new));
			List<MapSqlParameterSource> inserts = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				if (updated[i] == 0) {
					inserts.add(params(rows.get(i).getKey(), rows.get(i).getValue()));
				}
			}
			if (!inserts.isEmpty()) {
				String extraColumn = table.extraColumn() == null ? "" : table.extraColumn() + ", ";
				String extraValue = table.extraColumn() == null ? "" : ":extra, ";
				batch.batchUpdate("insert into " + table.tableName() + " (stat_date, team_id, channel, tier, ticket_type, "
						+ extraColumn + COLUMNS + ") values (:date, :team, :channel, :tier, :type, " + extraValue
						+ VALUES + ")", inserts.toArray(MapSqlParameterSource[]::new));
			}
		});
	}

	private static MapSqlParameterSource params(RollupKey key, long[] counters) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("date", key.date())
			.addValue("team", key.team())
			.addValue("channel", key.channel())
			.addValue("tier", key.tier())
			.addValue("type", key.type())
			.addValue("extra", key.extra());
		for (Measure measure : Measure.ALL) {
			params.addValue(measure.column(), counters[measure.ordinal()]);
		}
		return params;
	}

	private void add(RollupKey key, long[] counters) {
		RollupTable table = key.table();
		String extra = table.extraColumn() == null ? "" : " and " + table.extraColumn() + " = :extra";
		JdbcClient.StatementSpec update = bind(jdbc.sql("update " + table.tableName() + " set " + SET
				+ " where stat_date = :date and team_id = :team and channel = :channel and tier = :tier"
				+ " and ticket_type = :type" + extra), key, counters);
		if (update.update() > 0) {
			return;
		}
		String extraColumn = table.extraColumn() == null ? "" : table.extraColumn() + ", ";
		String extraValue = table.extraColumn() == null ? "" : ":extra, ";
		bind(jdbc.sql("insert into " + table.tableName() + " (stat_date, team_id, channel, tier, ticket_type, "
				+ extraColumn + COLUMNS + ") values (:date, :team, :channel, :tier, :type, " + extraValue + VALUES
				+ ")"), key, counters).update();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, RollupKey key, long[] counters) {
		spec = spec.param("date", key.date())
			.param("team", key.team())
			.param("channel", key.channel())
			.param("tier", key.tier())
			.param("type", key.type());
		if (key.table().extraColumn() != null) {
			spec = spec.param("extra", key.extra());
		}
		for (Measure measure : Measure.ALL) {
			spec = spec.param(measure.column(), counters[measure.ordinal()]);
		}
		return spec;
	}

	/** Empties every roll-up and the facts, for a rebuild. */
	void clear() {
		for (RollupTable table : RollupTable.values()) {
			jdbc.sql("delete from " + table.tableName()).update();
		}
		jdbc.sql("delete from analytics_ticket_fact").update();
	}

}
