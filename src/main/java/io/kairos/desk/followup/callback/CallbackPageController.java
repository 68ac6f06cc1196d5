package io.kairos.desk.followup.callback;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;

/** The "callback" panel of the ticket page with its outcome form, and the signed-in agent's callback list. */
@Controller
class CallbackPageController {

	private final Callbacks callbacks;

	private final Viewers viewers;

	private final Problems problems;

	private final Clock clock;

	CallbackPageController(Callbacks callbacks, Viewers viewers, Problems problems, Clock clock) {
		this.callbacks = callbacks;
		this.viewers = viewers;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/desk/callbacks")
	@PreAuthorize("hasAuthority('ticket.write')")
	String mine(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("due", callbacks.assignedTo(staff.id(), CallbackStatus.DUE, viewers.of(staff)));
		model.addAttribute("pending", callbacks.assignedTo(staff.id(), CallbackStatus.PENDING, viewers.of(staff)));
		model.addAttribute("now", clock.instant());
		return "desk/followup/my-callbacks";
	}

	@GetMapping("/tickets/{id}/panels/callback")
	@PreAuthorize("hasAuthority('ticket.read')")
	String panel(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		return render(id, staff, model, htmx);
	}

	@PostMapping("/tickets/{id}/panels/callback/{callbackId}")
	@PreAuthorize("hasAuthority('ticket.write')")
	String outcome(@PathVariable long id, @PathVariable long callbackId,
			@RequestParam(required = false) CallbackOutcome outcome, @RequestParam(required = false) String note,
			@AuthenticationPrincipal StaffPrincipal staff, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		try {
			if (callbacks.get(callbackId, viewers.of(staff)).ticketId() != id) {
				throw ProblemException.notFound("problem.callback.not-found");
			}
			Callbacks.Recorded recorded = callbacks.record(callbackId, outcome, note, viewers.of(staff));
			model.addAttribute("reopened", recorded.reopened());
		}
		catch (ProblemException problem) {
			if (problem.status().value() == 404) {
				throw problem;
			}
			model.addAttribute("refusal", problems.message(problem.messageKey(), problem.arguments()));
			return render(id, staff, model, htmx);
		}
		return htmx == null ? "redirect:/tickets/" + id + "/panels/callback" : render(id, staff, model, htmx);
	}

	private String render(long id, StaffPrincipal staff, Model model, String htmx) {
		model.addAttribute("ticketId", id);
		model.addAttribute("callbacks", callbacks.of(id, viewers.of(staff)));
		model.addAttribute("outcomes", CallbackOutcome.values());
		return htmx == null ? "desk/followup/callback" : "desk/followup/callback :: panel";
	}

}
