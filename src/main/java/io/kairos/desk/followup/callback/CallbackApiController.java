package io.kairos.desk.followup.callback;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;

/** Callbacks over the API: a staff member's list, a ticket's callbacks, and recording an outcome. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class CallbackApiController {

	private final Callbacks callbacks;

	private final Viewers viewers;

	CallbackApiController(Callbacks callbacks, Viewers viewers) {
		this.callbacks = callbacks;
		this.viewers = viewers;
	}

	/** {@code assignee=me} (default) or a staff id; someone else's list needs {@code ticket.read.all}. */
	@GetMapping("/callbacks")
	@PreAuthorize("hasAuthority('ticket.read')")
	List<CallbackView> list(@RequestParam(required = false) String assignee,
			@RequestParam(required = false) CallbackStatus status, @AuthenticationPrincipal StaffPrincipal staff) {
		long assigneeId = staff.id();
		if (assignee != null && !assignee.isBlank() && !"me".equals(assignee)) {
			try {
				assigneeId = Long.parseLong(assignee.strip());
			}
			catch (NumberFormatException ex) {
				throw ProblemException.invalid("assignee", "problem.callback.assignee");
			}
			if (assigneeId != staff.id() && !staff.hasPermission("ticket.read.all")) {
				throw ProblemException.forbidden("problem.callback.others");
			}
		}
		return callbacks.assignedTo(assigneeId, status, viewers.of(staff));
	}

	@GetMapping("/tickets/{id}/callbacks")
	@PreAuthorize("hasAuthority('ticket.read')")
	List<CallbackView> ofTicket(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		return callbacks.of(id, viewers.of(staff));
	}

	@PostMapping(path = "/callbacks/{id}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.write')")
	Callbacks.Recorded outcome(@PathVariable long id, @RequestBody OutcomeRequest request,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return callbacks.record(id, request.outcome(), request.note(), viewers.of(staff));
	}

	record OutcomeRequest(CallbackOutcome outcome, String note) {
	}

}
