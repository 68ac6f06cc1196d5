package io.kairos.desk.ticket;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.desk.ServiceStep;
import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;
import io.kairos.desk.followup.step.CustomerUpdatePrompts;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Versions;
import io.kairos.shared.paging.Keyset;

/**
 * Tickets over the API (SPEC §2, §12). Creates honour Idempotency-Key (the filter replays the first answer);
 * writes honour If-Match. A ticket the caller may not see is a 404, the same as a missing one.
 */
@RestController
@RequestMapping(path = "/api/v1/tickets", produces = MediaType.APPLICATION_JSON_VALUE)
class TicketApiController {

	private final Tickets tickets;

	private final TicketListing listing;

	private final TicketHistory history;

	private final Viewers viewers;

	private final CustomerUpdatePrompts prompts;

	TicketApiController(Tickets tickets, TicketListing listing, TicketHistory history, Viewers viewers,
			CustomerUpdatePrompts prompts) {
		this.tickets = tickets;
		this.listing = listing;
		this.history = history;
		this.viewers = viewers;
		this.prompts = prompts;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.write')")
	ResponseEntity<TicketView> open(@Valid @RequestBody NewTicket command, @AuthenticationPrincipal StaffPrincipal staff) {
		TicketView ticket = tickets.open(command, staff.id());
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/tickets/" + ticket.id()))
			.eTag(Versions.etag(ticket.version()))
			.body(ticket);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('ticket.read')")
	Keyset.Page<TicketListItem> list(@RequestParam(required = false) List<TicketStatus> status,
			@RequestParam(required = false) Long teamId, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) Long customerId, @RequestParam(required = false) TicketChannel channel,
			@RequestParam(required = false) TicketType type, @RequestParam(required = false) TicketPriority priority,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal StaffPrincipal staff) {
		Set<TicketStatus> statuses = status == null || status.isEmpty() ? Set.of() : EnumSet.copyOf(status);
		Long assigneeId = null;
		boolean unassigned = false;
		if ("me".equals(assignee)) {
			assigneeId = staff.id();
		}
		else if ("none".equals(assignee)) {
			unassigned = true;
		}
		else if (assignee != null && !assignee.isBlank()) {
			try {
				assigneeId = Long.parseLong(assignee.strip());
			}
			catch (NumberFormatException ex) {
				throw ProblemException.invalid("assignee", "problem.ticket.assignee.parameter");
			}
		}
		TicketFilter filter = new TicketFilter(statuses, teamId, assigneeId, unassigned, customerId, channel, type,
				priority, tag, q, null);
		return listing.page(filter, TicketSort.of(sort), cursor, size, viewers.of(staff));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('ticket.read')")
	ResponseEntity<TicketView> show(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		TicketView ticket = tickets.find(id, viewers.of(staff));
		return ResponseEntity.ok().eTag(Versions.etag(ticket.version())).body(ticket);
	}

	@GetMapping("/{id}/history")
	@PreAuthorize("hasAuthority('ticket.read')")
	List<TicketHistory.TicketHistoryEntry> history(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		tickets.get(id, viewers.of(staff));
		return history.of(id);
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.write')")
	ResponseEntity<TicketView> update(@PathVariable long id, @Valid @RequestBody TicketChanges changes,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal StaffPrincipal staff) {
		Viewer viewer = viewers.of(staff);
		long expected = Versions.expected(ifMatch, tickets.get(id, viewer).version());
		return withEtag(tickets.update(id, expected, changes, viewer));
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize("hasAuthority('ticket.write')")
	ResponseEntity<TicketView> assign(@PathVariable long id, @RequestBody AssignRequest request,
			@AuthenticationPrincipal StaffPrincipal staff) {
		Viewer viewer = viewers.of(staff);
		Long assignee = request.assigneeId();
		boolean self = assignee != null && assignee == staff.id();
		if (!self && !staff.hasPermission("ticket.assign") && assignee != null) {
			// Agents take tickets themselves; handing work to someone else is a supervisor's call.
			throw ProblemException.forbidden("problem.ticket.assign.forbidden");
		}
		return withEtag(tickets.assign(id, request.teamId(), assignee, viewer));
	}

	@PostMapping("/{id}/resolve")
	@PreAuthorize("hasAuthority('ticket.write')")
	ResponseEntity<TicketView> resolve(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		return withEtag(tickets.move(id, TicketStatus.RESOLVED, viewers.of(staff)));
	}

	@PostMapping("/{id}/reopen")
	@PreAuthorize("hasAuthority('ticket.write')")
	ResponseEntity<TicketView> reopen(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		Viewer viewer = viewers.of(staff);
		if (tickets.get(id, viewer).status() != TicketStatus.RESOLVED) {
			throw ProblemException.conflict("problem.ticket.reopen.not-resolved");
		}
		return withEtag(tickets.move(id, TicketStatus.OPEN, viewer));
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('ticket.write')")
	ResponseEntity<TicketView> close(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		return withEtag(tickets.move(id, TicketStatus.CLOSED, viewers.of(staff)));
	}

	@PostMapping("/{id}/step")
	@PreAuthorize("hasAuthority('ticket.write')")
	ResponseEntity<SteppedTicket> step(@PathVariable long id, @RequestBody StepRequest request,
			@AuthenticationPrincipal StaffPrincipal staff) {
		if (request.step() == null || request.step() < 1 || request.step() > ServiceStep.values().length) {
			throw ProblemException.invalid("step", "problem.ticket.step.range", 1, ServiceStep.values().length);
		}
		TicketView ticket = tickets.enterStep(id, ServiceStep.of(request.step()), viewers.of(staff));
		return ResponseEntity.ok()
			.eTag(Versions.etag(ticket.version()))
			.body(new SteppedTicket(ticket, prompts.pending(id).orElse(null)));
	}

	private static ResponseEntity<TicketView> withEtag(TicketView ticket) {
		return ResponseEntity.ok().eTag(Versions.etag(ticket.version())).body(ticket);
	}

	record AssignRequest(Long teamId, Long assigneeId) {
	}

	record StepRequest(Integer step) {
	}

	/** The ticket after a step change, with the prompt the step raises ({@code notify-customer} in step 5). */
	record SteppedTicket(@JsonUnwrapped TicketView ticket, @JsonInclude(JsonInclude.Include.NON_NULL) String prompt) {
	}

}
