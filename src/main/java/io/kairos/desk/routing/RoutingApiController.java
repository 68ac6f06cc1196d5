package io.kairos.desk.routing;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.desk.team.AssignmentMode;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.Versions;

/**
 * Routing profiles ({@code If-Match} on changes), a team's load and its assignment mode. Who may change which
 * profile is the service's rule: desk admins anyone's, supervisors their team members', agents their own
 * availability.
 */
@RestController
class RoutingApiController {

	private final RoutingProfiles profiles;

	private final TeamLoads loads;

	RoutingApiController(RoutingProfiles profiles, TeamLoads loads) {
		this.profiles = profiles;
		this.loads = loads;
	}

	@GetMapping(path = "/api/v1/agents/{staffId}/routing-profile", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.read') or hasAuthority('desk.admin')")
	ResponseEntity<RoutingProfile> profile(@PathVariable long staffId) {
		RoutingProfile profile = profiles.find(staffId);
		return ResponseEntity.ok().eTag(Versions.etag(profile.version())).body(profile);
	}

	@PutMapping(path = "/api/v1/agents/{staffId}/routing-profile", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.read') or hasAuthority('desk.admin')")
	ResponseEntity<RoutingProfile> change(@PathVariable long staffId, @RequestBody ProfileChanges changes,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal StaffPrincipal caller) {
		long expected = Versions.expected(ifMatch, profiles.find(staffId).version());
		RoutingProfile profile = profiles.change(staffId, expected, changes, caller);
		return ResponseEntity.ok().eTag(Versions.etag(profile.version())).body(profile);
	}

	@GetMapping(path = "/api/v1/teams/{id}/load", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('routing.manage') or hasAuthority('desk.admin')")
	TeamLoad load(@PathVariable long id) {
		return loads.of(id);
	}

	@PutMapping(path = "/api/v1/teams/{id}/assignment-mode", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('desk.admin')")
	TeamLoad mode(@PathVariable long id, @RequestBody ModeChange change) {
		return loads.changeMode(id, change.assignmentMode());
	}

	record ModeChange(AssignmentMode assignmentMode) {
	}

}
