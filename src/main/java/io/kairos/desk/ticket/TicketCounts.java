package io.kairos.desk.ticket;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.TicketStatus;
import io.kairos.shared.time.Timestamps;

/**
 * How many active tickets each team holds, per status, and how many of them are close to their resolution due
 * time: the numbers of the supervisor's view. Tickets without a team are counted under a null team.
 */
@Component
public class TicketCounts {

	private final JdbcClient jdbc;

	TicketCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<StatusCount> activeByTeam() {
		return jdbc.sql("""
				select team_id, status, count(*) as tickets from ticket
				where status in ('NEW', 'OPEN', 'PENDING_CUSTOMER', 'ON_HOLD')
				group by team_id, status""")
			.query((rs, n) -> new StatusCount((Long) rs.getObject("team_id"), TicketStatus.valueOf(rs.getString("status")),
					rs.getLong("tickets")))
			.list();
	}

	/** Per team, the running tickets whose resolution is due before {@code before} (the same rule as the queue's). */
	@Transactional(readOnly = true)
	public List<TeamCount> dueBeforeByTeam(Instant before) {
		return jdbc.sql("""
				select team_id, count(*) as tickets from ticket
				where resolution_due < :before and status in ('NEW', 'OPEN')
				group by team_id""")
			.param("before", Timestamps.utc(before))
			.query((rs, n) -> new TeamCount((Long) rs.getObject("team_id"), rs.getLong("tickets")))
			.list();
	}

	public record StatusCount(Long teamId, TicketStatus status, long tickets) {
	}

	public record TeamCount(Long teamId, long tickets) {
	}

}
