package io.kairos.desk;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.team.Teams;

/** The desk's teams as other modules may know them: id, name and members, for labels and filters. */
@Service
public class TeamDirectory {

	private final Teams teams;

	TeamDirectory(Teams teams) {
		this.teams = teams;
	}

	/** Every team, by id. */
	@Transactional(readOnly = true)
	public List<Team> all() {
		return teams.all().stream().map(team -> new Team(team.id(), team.name(), team.members())).toList();
	}

	/** The teams a member of staff belongs to, by id. */
	@Transactional(readOnly = true)
	public List<Team> of(long staffId) {
		return all().stream().filter(team -> team.members().contains(staffId)).toList();
	}

	/** A team: its id, name and members' staff ids. */
	public record Team(long id, String name, List<Long> members) {

		public Team {
			members = List.copyOf(members);
		}

	}

}
