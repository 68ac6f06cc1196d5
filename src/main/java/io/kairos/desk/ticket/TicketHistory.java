package io.kairos.desk.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.shared.time.Timestamps;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change history of tickets (SPEC §2.1: who, what, when). Written in the changing transaction by the desk's
 * own services; never updated.
 */
@Component
public class TicketHistory {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	TicketHistory(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Records one change; {@code actorId} null means Kairos itself (an automation, the SLA scanner). */
	public void record(long ticketId, Long actorId, String action, Map<String, ?> detail, Instant at) {
		jdbc.sql("insert into ticket_history (ticket_id, actor_id, action, detail, at) values (:ticket, :actor, :action, :detail, :at)")
			.param("ticket", ticketId)
			.param("actor", actorId)
			.param("action", action)
			.param("detail", detail == null || detail.isEmpty() ? null : json.writeValueAsString(detail))
			.param("at", Timestamps.utc(at))
			.update();
	}

	public List<TicketHistoryEntry> of(long ticketId) {
		return jdbc.sql("""
				select id, actor_id, action, detail, at from ticket_history where ticket_id = :ticket order by id""")
			.param("ticket", ticketId)
			.query((rs, n) -> new TicketHistoryEntry(rs.getLong("id"), (Long) rs.getObject("actor_id"),
					rs.getString("action"), rs.getString("detail"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	public record TicketHistoryEntry(long id, Long actorId, String action, String detail, Instant at) {
	}

}
