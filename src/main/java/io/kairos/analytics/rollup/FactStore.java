package io.kairos.analytics.rollup;

import java.time.Instant;
import java.util.Optional;

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

	private final JdbcClient jdbc;

	private final JsonMapper json;

	FactStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
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
		String sql = exists ? """
				update analytics_ticket_fact set ticket_version = :version, created_at = :created, team_id = :team,
				agent_id = :agent, channel = :channel, tier = :tier, ticket_type = :type, category_id = :category,
				status = :status, is_open = :open, fact = :fact, refreshed_at = :now where ticket_id = :id"""
				: """
						insert into analytics_ticket_fact (ticket_id, ticket_version, created_at, team_id, agent_id, channel,
						tier, ticket_type, category_id, status, is_open, fact, refreshed_at) values (:id, :version, :created,
						:team, :agent, :channel, :tier, :type, :category, :status, :open, :fact, :now)""";
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
