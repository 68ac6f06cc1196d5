package io.kairos.desk.routing;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.desk.team.AssignmentMode;

/**
 * What routing reads of the desk's teams, and the team row lock: routing a ticket into a team and pulling from a
 * team's queue take it, so they happen one at a time per team (a lock, not a retry: the loser simply waits).
 */
@Component
class TeamRoster {

	private final JdbcClient jdbc;

	TeamRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	AssignmentMode mode(long teamId) {
		return jdbc.sql("select assignment_mode from team where id = :team")
			.param("team", teamId)
			.query(String.class)
			.optional()
			.map(AssignmentMode::valueOf)
			.orElse(null);
	}

	/** Locks the team's row until the transaction ends. */
	void lock(long teamId) {
		jdbc.sql("select id from team where id = :team for update").param("team", teamId).query(Long.class).optional();
	}

	List<Long> members(long teamId) {
		return jdbc.sql("select staff_id from team_member where team = :team order by staff_id")
			.param("team", teamId)
			.query(Long.class)
			.list();
	}

	List<Long> teamsOf(long staffId) {
		return jdbc.sql("select team from team_member where staff_id = :staff order by team")
			.param("staff", staffId)
			.query(Long.class)
			.list();
	}

	boolean isMember(long teamId, long staffId) {
		return members(teamId).contains(staffId);
	}

}
