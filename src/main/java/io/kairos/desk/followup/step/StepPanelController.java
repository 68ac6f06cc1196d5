package io.kairos.desk.followup.step;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

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

import io.kairos.desk.ServiceStep;
import io.kairos.desk.followup.StaffNames;
import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;

/**
 * The "steps" panel of the ticket page: the current step, its checklist with tick boxes, the button to the next
 * step (supervisors may pick any step), the step-5 prompt and the time per step. htmx posts answer the panel;
 * without script the posts redirect back to it.
 */
@Controller
@RequestMapping("/tickets/{id}/panels/steps")
class StepPanelController {

	private final TicketSteps steps;

	private final Viewers viewers;

	private final StaffNames names;

	private final Problems problems;

	StepPanelController(TicketSteps steps, Viewers viewers, StaffNames names, Problems problems) {
		this.steps = steps;
		this.viewers = viewers;
		this.names = names;
		this.problems = problems;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('ticket.read')")
	String panel(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Locale locale, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		return render(id, staff, locale, model, htmx);
	}

	@PostMapping("/items/{itemId}")
	@PreAuthorize("hasAuthority('ticket.write')")
	String tick(@PathVariable long id, @PathVariable long itemId, @RequestParam boolean ticked,
			@AuthenticationPrincipal StaffPrincipal staff, Locale locale, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		try {
			steps.tick(id, itemId, ticked, viewers.of(staff), locale);
		}
		catch (ProblemException problem) {
			refused(problem, model);
			return render(id, staff, locale, model, htmx);
		}
		return htmx == null ? "redirect:/tickets/" + id + "/panels/steps" : render(id, staff, locale, model, htmx);
	}

	@PostMapping("/enter")
	@PreAuthorize("hasAuthority('ticket.write')")
	String enter(@PathVariable long id, @RequestParam int step, @AuthenticationPrincipal StaffPrincipal staff,
			Locale locale, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		try {
			if (step < 1 || step > ServiceStep.values().length) {
				throw ProblemException.invalid("step", "problem.ticket.step.range", 1, ServiceStep.values().length);
			}
			steps.enter(id, ServiceStep.of(step), viewers.of(staff));
		}
		catch (ProblemException problem) {
			refused(problem, model);
			return render(id, staff, locale, model, htmx);
		}
		return htmx == null ? "redirect:/tickets/" + id + "/panels/steps" : render(id, staff, locale, model, htmx);
	}

	private String render(long id, StaffPrincipal staff, Locale locale, Model model, String htmx) {
		TicketSteps.Progress progress = steps.of(id, viewers.of(staff), locale);
		model.addAttribute("ticketId", id);
		model.addAttribute("progress", progress);
		model.addAttribute("mayOverride", staff.hasPermission(StepGate.OVERRIDE));
		List<Long> tickers = progress.current().checklist().stream().map(ChecklistEntry::tickedBy).filter(Objects::nonNull).toList();
		model.addAttribute("names", names.of(tickers));
		return htmx == null ? "desk/followup/steps" : "desk/followup/steps :: panel";
	}

	private void refused(ProblemException problem, Model model) {
		if (problem.status().value() == 404) {
			throw problem;
		}
		model.addAttribute("refusal", problems.message(problem.messageKey(), problem.arguments()));
		if (problem instanceof ChecklistIncomplete incomplete) {
			model.addAttribute("missing", incomplete.missing().stream().map(ChecklistEntry::itemId).toList());
		}
	}

}
