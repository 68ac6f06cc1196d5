package io.kairos.desk.team;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.identity.AuditLog;
import io.kairos.identity.Role;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/** Teams of the desk and their members (staff user ids). */
@Service
public class Teams {

	private final JdbcClient jdbc;

	private final StaffDirectory staff;

	private final AuditLog audit;

	private final Clock clock;

	Teams(JdbcClient jdbc, StaffDirectory staff, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<TeamView> find(long id) {
		return jdbc.sql("select id, name, description, assignment_mode from team where id = :id")
			.param("id", id)
			.query((rs, n) -> new TeamView(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
					rs.getString("assignment_mode"), members(id)))
			.optional();
	}

	@Transactional(readOnly = true)
	public List<TeamView> all() {
		List<TeamView> teams = jdbc.sql("select id, name, description, assignment_mode from team order by id")
			.query((rs, n) -> new TeamView(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
					rs.getString("assignment_mode"), List.of()))
			.list();
		return teams.stream()
			.map(team -> new TeamView(team.id(), team.name(), team.description(), team.assignmentMode(),
					members(team.id())))
			.toList();
	}

	/** The team's enabled supervisors, who hear of escalations and of tickets nobody holds. */
	@Transactional(readOnly = true)
	public List<Long> supervisorsOf(Long teamId) {
		if (teamId == null) {
			return List.of();
		}
		return members(teamId).stream()
			.map(staff::find)
			.flatMap(Optional::stream)
			.filter(StaffMember::enabled)
			.filter(person -> person.roles().contains(Role.SUPERVISOR))
			.map(StaffMember::id)
			.toList();
	}

	private List<Long> members(long teamId) {
		return jdbc.sql("select staff_id from team_member where team = :team order by staff_id")
			.param("team", teamId)
			.query(Long.class)
			.list();
	}

	@Transactional(readOnly = true)
	public boolean isMember(long teamId, long staffId) {
		return jdbc.sql("select count(*) from team_member where team = :team and staff_id = :staff")
			.param("team", teamId)
			.param("staff", staffId)
			.query(Long.class)
			.single() > 0;
	}

	/** Adds a team; the name is unique. */
	@Transactional
	public TeamView create(String name, String description, AssignmentMode mode) {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty() || clean.length() > 100) {
			throw ProblemException.invalid("name", "problem.team.name");
		}
		if (jdbc.sql("select count(*) from team where name = :name").param("name", clean).query(Long.class).single() > 0) {
			throw new ProblemException(HttpStatus.CONFLICT, "problem.team.name-taken", "name");
		}
		if (description != null && description.length() > 500) {
			throw ProblemException.invalid("description", "problem.team.description");
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into team (name, description, assignment_mode, version, created_at)
				values (:name, :description, :mode, 0, :now)""")
			.param("name", clean)
			.param("description", description == null || description.isBlank() ? null : description.strip())
			.param("mode", (mode == null ? AssignmentMode.MANUAL : mode).name())
			.param("now", Timestamps.utc(clock.instant()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("team.created", "team", id, Map.of("name", clean));
		return find(id).orElseThrow();
	}

	/** Replaces a team's members with the given staff users (unknown or disabled ids are refused). */
	@Transactional
	public TeamView replaceMembers(long teamId, List<Long> staffIds) {
		find(teamId).orElseThrow(() -> ProblemException.notFound("problem.ticket.team.unknown"));
		Set<Long> members = new LinkedHashSet<>(staffIds == null ? List.of() : staffIds);
		for (Long staffId : members) {
			if (staffId == null || staff.find(staffId).filter(StaffMember::enabled).isEmpty()) {
				throw ProblemException.invalid("members", "problem.team.member.unknown", String.valueOf(staffId));
			}
		}
		jdbc.sql("delete from team_member where team = :team").param("team", teamId).update();
		for (Long staffId : members) {
			jdbc.sql("insert into team_member (team, staff_id) values (:team, :staff)")
				.param("team", teamId)
				.param("staff", staffId)
				.update();
		}
		audit.record("team.members", "team", teamId, Map.of("members", List.copyOf(members)));
		return find(teamId).orElseThrow();
	}

	/** Changes how a team's new tickets find an agent. */
	@Transactional
	public TeamView changeMode(long teamId, AssignmentMode mode) {
		TeamView team = find(teamId).orElseThrow(() -> ProblemException.notFound("problem.ticket.team.unknown"));
		if (mode == null) {
			throw ProblemException.invalid("assignmentMode", "validation.required");
		}
		jdbc.sql("update team set assignment_mode = :mode, version = version + 1 where id = :id")
			.param("mode", mode.name())
			.param("id", teamId)
			.update();
		audit.record("team.mode", "team", teamId, Map.of("from", team.assignmentMode(), "to", mode.name()));
		return find(teamId).orElseThrow();
	}

	/** A team with its members' staff ids. */
	public record TeamView(long id, String name, String description, String assignmentMode, List<Long> members) {
	}

}
