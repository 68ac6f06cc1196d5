package io.kairos.desk.team;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The desk's teams with their members: read by all staff, changed by desk admins. */
@RestController
class TeamApiController {

	private final Teams teams;

	TeamApiController(Teams teams) {
		this.teams = teams;
	}

	@GetMapping(path = "/api/v1/teams", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.read')")
	List<Teams.TeamView> list() {
		return teams.all();
	}

	@PostMapping(path = "/api/v1/teams", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('desk.admin')")
	ResponseEntity<Teams.TeamView> create(@RequestBody NewTeam command) {
		Teams.TeamView team = teams.create(command.name(), command.description(), command.assignmentMode());
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/teams/" + team.id())).body(team);
	}

	@PutMapping(path = "/api/v1/teams/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('desk.admin')")
	Teams.TeamView members(@PathVariable long id, @RequestBody List<Long> members) {
		return teams.replaceMembers(id, members);
	}

	record NewTeam(String name, String description, AssignmentMode assignmentMode) {
	}

}
