package io.kairos.desk.followup.promise;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.kairos.desk.followup.StaffNames;
import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;

/** The "promises" panel of the ticket page: the ticket's promises, a form to make one, kept / broken buttons. */
@Controller
@RequestMapping("/tickets/{id}/panels/promises")
class PromisePanelController {

	private final Promises promises;

	private final Viewers viewers;

	private final StaffNames names;

	private final Problems problems;

	PromisePanelController(Promises promises, Viewers viewers, StaffNames names, Problems problems) {
		this.promises = promises;
		this.viewers = viewers;
		this.names = names;
		this.problems = problems;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('ticket.read')")
	String panel(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		return render(id, staff, model, htmx);
	}

	/** {@code due} is the local date-time typed in the form, in the user's time zone. */
	@PostMapping
	@PreAuthorize("hasAuthority('ticket.write')")
	String make(@PathVariable long id, @RequestParam(required = false) PromiseKind kind,
			@RequestParam(required = false) String what, @RequestParam(required = false) String due,
			@AuthenticationPrincipal StaffPrincipal staff, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		try {
			promises.make(id, new Promises.NewPromise(kind, null, what, instant(due, staff), null), viewers.of(staff));
		}
		catch (ProblemException problem) {
			return refused(id, problem, staff, model, htmx);
		}
		return done(id, staff, model, htmx);
	}

	@PostMapping("/{promiseId}")
	@PreAuthorize("hasAuthority('ticket.write')")
	String settle(@PathVariable long id, @PathVariable long promiseId, @RequestParam PromiseStatus status,
			@RequestParam(required = false) String note, @RequestParam long version,
			@AuthenticationPrincipal StaffPrincipal staff, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		try {
			PromiseView promise = promises.get(promiseId, viewers.of(staff));
			if (promise.ticketId() != id) {
				throw ProblemException.notFound("problem.promise.not-found");
			}
			promises.change(promiseId, version, new Promises.PromiseChange(status, note, null, null), viewers.of(staff));
		}
		catch (ProblemException problem) {
			return refused(id, problem, staff, model, htmx);
		}
		return done(id, staff, model, htmx);
	}

	private String done(long id, StaffPrincipal staff, Model model, String htmx) {
		return htmx == null ? "redirect:/tickets/" + id + "/panels/promises" : render(id, staff, model, htmx);
	}

	private String refused(long id, ProblemException problem, StaffPrincipal staff, Model model, String htmx) {
		if (problem.status().value() == 404) {
			throw problem;
		}
		model.addAttribute("refusal", problems.message(problem.messageKey(), problem.arguments()));
		return render(id, staff, model, htmx);
	}

	private String render(long id, StaffPrincipal staff, Model model, String htmx) {
		List<PromiseView> list = promises.of(id, viewers.of(staff));
		model.addAttribute("ticketId", id);
		model.addAttribute("promises", list);
		model.addAttribute("kinds", PromiseKind.values());
		model.addAttribute("names", names.of(list.stream().map(PromiseView::ownerId).toList()));
		return htmx == null ? "desk/followup/promises" : "desk/followup/promises :: panel";
	}

	private static Instant instant(String local, StaffPrincipal staff) {
		if (local == null || local.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(local.strip()).atZone(ZoneId.of(staff.timeZone())).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.invalid("dueAt", "problem.promise.due-format");
		}
	}

}
