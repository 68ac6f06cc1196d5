package io.kairos.voc.loop;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;
import io.kairos.shared.paging.Keyset;

/** "My follow-ups" (the agent's list, with every overdue one for supervisors) and the ticket page's panel. */
@Controller
class FollowUpPageController {

	private final FollowUps followUps;

	private final Problems problems;

	private final StaffDirectory staffDirectory;

	FollowUpPageController(FollowUps followUps, Problems problems, StaffDirectory staffDirectory) {
		this.followUps = followUps;
		this.problems = problems;
		this.staffDirectory = staffDirectory;
	}

	@GetMapping("/voc/follow-ups")
	@PreAuthorize("hasAnyAuthority('ticket.write', 'voc.read')")
	String mine(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(required = false) String cursor,
			Model model) {
		model.addAttribute("open", followUps.openFor(staff.id()));
		model.addAttribute("done", followUps.doneBy(staff.id(), 20));
		model.addAttribute("outcomes", FollowUpOutcome.values());
		if (staff.hasPermission("voc.read")) {
			Keyset.Page<FollowUpView> overdue = followUps.all("OPEN", true, Keyset.of(cursor, 50));
			model.addAttribute("overdue", overdue);
			Map<Long, String> names = new HashMap<>();
			overdue.items().stream().map(FollowUpView::agentId).filter(Objects::nonNull).distinct()
				.forEach(agent -> staffDirectory.find(agent).ifPresent(member -> names.put(agent, member.displayName())));
			model.addAttribute("names", names);
		}
		return "voc/follow-ups";
	}

	@PostMapping("/voc/follow-ups/{id}/outcome")
	@PreAuthorize("hasAnyAuthority('ticket.write', 'voc.read')")
	String record(@PathVariable long id, @RequestParam(required = false) FollowUpOutcome outcome,
			@RequestParam(required = false) String note, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		try {
			followUps.record(id, outcome, note, staff);
		}
		catch (ProblemException problem) {
			if (problem.status().value() == 404) {
				throw problem;
			}
			model.addAttribute("refusal", problems.message(problem.messageKey(), problem.arguments()));
			return mine(staff, null, model);
		}
		return "redirect:/voc/follow-ups";
	}

	@GetMapping("/tickets/{id}/panels/voc-follow-ups")
	@PreAuthorize("hasAuthority('ticket.read')")
	String panel(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		return render(id, staff, model, htmx);
	}

	@PostMapping("/tickets/{id}/panels/voc-follow-ups/{taskId}")
	@PreAuthorize("hasAnyAuthority('ticket.write', 'voc.read')")
	String panelOutcome(@PathVariable long id, @PathVariable long taskId,
			@RequestParam(required = false) FollowUpOutcome outcome, @RequestParam(required = false) String note,
			@AuthenticationPrincipal StaffPrincipal staff, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		try {
			FollowUpView task = followUps.get(taskId);
			if (task.ticketId() == null || task.ticketId() != id) {
				throw ProblemException.notFound("problem.voc.follow-up.not-found");
			}
			followUps.record(taskId, outcome, note, staff);
		}
		catch (ProblemException problem) {
			if (problem.status().value() == 404) {
				throw problem;
			}
			model.addAttribute("refusal", problems.message(problem.messageKey(), problem.arguments()));
			return render(id, staff, model, htmx);
		}
		return htmx == null ? "redirect:/tickets/" + id + "/panels/voc-follow-ups" : render(id, staff, model, htmx);
	}

	private String render(long id, StaffPrincipal staff, Model model, String htmx) {
		model.addAttribute("ticketId", id);
		// Only the follow-ups the viewer works on or supervises: a verbatim is not for every reader of the ticket.
		model.addAttribute("tasks", followUps.ofTicket(id).stream().filter(task -> followUps.mayWork(task, staff)).toList());
		model.addAttribute("outcomes", FollowUpOutcome.values());
		return htmx == null ? "voc/follow-up-panel" : "voc/follow-up-panel :: panel";
	}

}
