package io.kairos.analytics.rollup;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.desk.TicketFact;
import io.kairos.shared.time.Timestamps;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last fact analytics counted per ticket ({@code analytics_ticket_fact}): the whole fact as JSON, to take its
 * contribution out again when the ticket changes, and its dimensions and open flag as columns for the backlog.
 */
@Component
class FactStore {

	private static final String UPDATE = """
			update analytics_ticket_fact set ticket_version = :version, created_at = :created, team_id = :team,
			agent_id = :agent, channel = :channel, tier = :tier, ticket_type = :type, category_id = :category,
			status = :status, is_open = :open, fact = :fact, refreshed_at = :now where ticket_id = :id""";

	private static final String INSERT = """
			insert into analytics_ticket_fact (ticket_id, ticket_version, created_at, team_id, agent_id, channel,
			tier, ticket_type, category_id, status, is_open, fact, refreshed_at) values (:id, :version, :created,
			:team, :agent, :channel, :tier, :type, :category, :status, :open, :fact, :now)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final JsonMapper json;

	FactStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	/**
	 * The counted facts of a ticket id range, by ticket id, their rows locked until the transaction ends: the
	 * rebuild's page takes its turn with the events the way one ticket does in {@link #lock}.
	 */
	Map<Long, TicketFact> lock(long fromId, long toId) {
		Map<Long, TicketFact> counted = new HashMap<>();
		jdbc.sql("select ticket_id, fact from analytics_ticket_fact where ticket_id between :from and :to for update")
			.param("from", fromId)
			.param("to", toId)
			.query((rs, n) -> counted.put(rs.getLong("ticket_id"),
					json.readValue(rs.getString("fact"), TicketFact.class)))
			.list();
		return counted;
	}

	/** Stores facts in JDBC batches: inserts for tickets not counted yet, updates for the others. */
	void saveAll(List<TicketFact> inserts, List<TicketFact> updates, Instant now) {
		if (!inserts.isEmpty()) {
			batch.batchUpdate(INSERT, inserts.stream().map(fact -> params(fact, now)).toArray(MapSqlParameterSource[]::new));
		}
		if (!updates.isEmpty()) {
			batch.batchUpdate(UPDATE, updates.stream().map(fact -> params(fact, now)).toArray(MapSqlParameterSource[]::new));
		}
	}

	private MapSqlParameterSource params(TicketFact fact, Instant now) {
		return new MapSqlParameterSource().addValue("id", fact.ticketId())
			.addValue("version", fact.version())
			.addValue("created", Timestamps.utc(fact.createdAt()))
			.addValue("team", fact.teamId() == null ? 0L : fact.teamId())
			.addValue("agent", fact.assigneeId() == null ? 0L : fact.assigneeId())
			.addValue("channel", fact.channel().name())
			.addValue("tier", fact.customerTier() == null || fact.customerTier().isBlank() ? "-" : fact.customerTier())
			.addValue("type", fact.type().name())
			.addValue("category", fact.categoryId() == null ? 0L : fact.categoryId())
			.addValue("status", fact.status().name())
			.addValue("open", fact.status().isActive())
			.addValue("fact", json.writeValueAsString(fact))
			.addValue("now", Timestamps.utc(now));
	}

	/** The counted fact, with its row locked until the transaction ends so changes of one ticket take turns. */
	Optional<TicketFact> lock(long ticketId) {
		return jdbc.sql("select fact from analytics_ticket_fact where ticket_id = :id for update")
			.param("id", ticketId)
			.query(String.class)
			.optional()
			.map(text -> json.readValue(text, TicketFact.class));
	}

	void save(TicketFact fact, boolean exists, Instant now) {
		String sql = exists ? UPDATE : INSERT;
		jdbc.sql(sql)
			.param("id", fact.ticketId())
			.param("version", fact.version())
			.param("created", Timestamps.utc(fact.createdAt()))
			.param("team", fact.teamId() == null ? 0L : fact.teamId())
			.param("agent", fact.assigneeId() == null ? 0L : fact.assigneeId())
			.param("channel", fact.channel().name())
			.param("tier", fact.customerTier() == null || fact.customerTier().isBlank() ? "-" : fact.customerTier())
			.param("type", fact.type().name())
			.param("category", fact.categoryId() == null ? 0L : fact.categoryId())
			.param("status", fact.status().name())
			.param("open", fact.status().isActive())
			.param("fact", json.writeValueAsString(fact))
			.param("now", Timestamps.utc(now))
			.update();
	}

}
