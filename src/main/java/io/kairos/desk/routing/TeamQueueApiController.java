package io.kairos.desk.routing;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.desk.ticket.TicketView;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.Versions;
import io.kairos.shared.paging.Keyset;

/**
 * A team's unassigned queue, high tiers first: read it, pull its next ticket (an agent of the team; 204 when it
 * is empty) or hand its first tickets to one member (a supervisor).
 */
@RestController
class TeamQueueApiController {

	private final TeamQueues queues;

	TeamQueueApiController(TeamQueues queues) {
		this.queues = queues;
	}

	@GetMapping(path = "/api/v1/teams/{id}/queue", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.read')")
	Keyset.Page<QueuedTicket> queue(@PathVariable long id, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal StaffPrincipal caller) {
		return queues.page(id, cursor, size, caller);
	}

	@PostMapping(path = "/api/v1/teams/{id}/assign-next", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.write')")
	ResponseEntity<TicketView> assignNext(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal caller) {
		return queues.assignNext(id, caller)
			.map(ticket -> ResponseEntity.ok().eTag(Versions.etag(ticket.version())).body(ticket))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping(path = "/api/v1/teams/{id}/bulk-assign", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.assign')")
	List<TicketView> bulkAssign(@PathVariable long id, @RequestBody BulkAssign request,
			@AuthenticationPrincipal StaffPrincipal caller) {
		return queues.assignHead(id, request.assigneeId(), request.count(), caller);
	}

	record BulkAssign(Long assigneeId, Integer count) {
	}

}
