package io.kairos.desk.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.team.AssignmentMode;
import io.kairos.desk.team.Teams;
import io.kairos.identity.AuditLog;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.shared.api.ProblemException;

/** The load of a team for its supervisors, and the team's assignment mode (changed by desk admins). */
@Service
public class TeamLoads {

	private final JdbcClient jdbc;

	private final Teams teams;

	private final TeamRoster roster;

	private final RoutingProfiles profiles;

	private final StaffDirectory staff;

	private final AuditLog audit;

	TeamLoads(JdbcClient jdbc, Teams teams, TeamRoster roster, RoutingProfiles profiles, StaffDirectory staff,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.roster = roster;
		this.profiles = profiles;
		this.staff = staff;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public TeamLoad of(long teamId) {
		Teams.TeamView team = teams.find(teamId).orElseThrow(() -> ProblemException.notFound("problem.ticket.team.unknown"));
		List<TeamLoad.MemberLoad> members = new ArrayList<>();
		for (AssignmentPolicy.Agent agent : profiles.agents(roster.members(teamId))) {
			String name = staff.find(agent.staffId()).map(StaffMember::displayName).orElse("");
			members.add(new TeamLoad.MemberLoad(agent.staffId(), name, agent.enabled(), agent.availability(),
					agent.activeTickets(), agent.capacity()));
		}
		int unassigned = jdbc.sql("""
				select count(*) from ticket where team_id = :team and assignee_id is null and status in (:active)""")
			.param("team", teamId)
			.param("active", RoutingProfiles.ACTIVE)
			.query(Integer.class)
			.single();
		return new TeamLoad(team.id(), team.name(), team.assignmentMode(), unassigned, members);
	}

	@Transactional
	public TeamLoad changeMode(long teamId, AssignmentMode mode) {
		Teams.TeamView team = teams.find(teamId).orElseThrow(() -> ProblemException.notFound("problem.ticket.team.unknown"));
		if (mode == null) {
			throw ProblemException.invalid("assignmentMode", "problem.routing.mode");
		}
		if (!mode.name().equals(team.assignmentMode())) {
			jdbc.sql("update team set assignment_mode = :mode, version = version + 1 where id = :team")
				.param("mode", mode.name())
				.param("team", teamId)
				.update();
			audit.record("team.assignment-mode", "team", teamId, Map.of("from", team.assignmentMode(), "to", mode.name()));
		}
		return of(teamId);
	}

}
