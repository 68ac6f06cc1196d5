package io.kairos.desk.followup.step;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;

/** A ticket's seven steps over the API: time and checklist per step, and ticking the current step's items. */
@RestController
@RequestMapping(path = "/api/v1/tickets/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class StepApiController {

	private final TicketSteps steps;

	private final Viewers viewers;

	StepApiController(TicketSteps steps, Viewers viewers) {
		this.steps = steps;
		this.viewers = viewers;
	}

	@GetMapping("/steps")
	@PreAuthorize("hasAuthority('ticket.read')")
	TicketSteps.Progress steps(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
		return steps.of(id, viewers.of(staff), locale);
	}

	/** {@code {"ticked": true}} ticks the item, {@code false} unticks it. */
	@PostMapping(path = "/checklist/{itemId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.write')")
	ChecklistEntry tick(@PathVariable long id, @PathVariable long itemId, @RequestBody TickRequest request,
			@AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
		if (request.ticked() == null) {
			throw ProblemException.invalid("ticked", "validation.required");
		}
		return steps.tick(id, itemId, request.ticked(), viewers.of(staff), locale);
	}

	record TickRequest(Boolean ticked) {
	}

}
