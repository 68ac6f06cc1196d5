package io.kairos.desk;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.team.Teams;

/**
 * What other modules may read about the desk's people and tickets without touching its tables: the teams a member
 * of staff belongs to, their supervisors (for routing praise and follow-ups), and a ticket's number and subject
 * (for a survey invitation about it).
 */
@Service
public class DeskLookups {

	private final JdbcClient jdbc;

	private final Teams teams;

	DeskLookups(JdbcClient jdbc, Teams teams) {
		this.jdbc = jdbc;
		this.teams = teams;
	}

	/** The ids of the teams the member of staff belongs to. */
	@Transactional(readOnly = true)
	public Set<Long> teamsOf(long staffId) {
		return Set.copyOf(jdbc.sql("select team from team_member where staff_id = :staff")
			.param("staff", staffId)
			.query(Long.class)
			.list());
	}

	/** The enabled supervisors of every team the member of staff belongs to, without the member themself. */
	@Transactional(readOnly = true)
	public List<Long> supervisorsOf(long staffId) {
		Set<Long> supervisors = new LinkedHashSet<>();
		teamsOf(staffId).stream().sorted().forEach(team -> supervisors.addAll(teams.supervisorsOf(team)));
		supervisors.remove(staffId);
		return List.copyOf(supervisors);
	}

	/** The enabled supervisors of one team. */
	@Transactional(readOnly = true)
	public List<Long> supervisorsOfTeam(Long teamId) {
		return teams.supervisorsOf(teamId);
	}

	/** A ticket's number and subject, for a message to its own customer. */
	@Transactional(readOnly = true)
	public Optional<TicketTitle> ticketTitle(long ticketId) {
		return jdbc.sql("select number, subject from ticket where id = :id")
			.param("id", ticketId)
			.query((rs, n) -> new TicketTitle(ticketId, rs.getString("number"), rs.getString("subject")))
			.optional();
	}

	/** A ticket's number and subject. */
	public record TicketTitle(long id, String number, String subject) {
	}

}
