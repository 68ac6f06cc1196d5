package io.kairos.journey.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.kairos.desk.TicketTouchpoints;
import io.kairos.identity.StaffPrincipal;
import io.kairos.journey.MotSource;
import io.kairos.journey.mot.Interaction;
import io.kairos.journey.mot.MotScale;
import io.kairos.journey.mot.MotScoreView;
import io.kairos.journey.mot.MotScores;
import io.kairos.journey.touchpoint.TouchpointView;
import io.kairos.journey.touchpoint.Touchpoints;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;

/**
 * The moment-of-truth panel of the ticket page: the ticket's touchpoint, one-click scoring on the −3..+3 scale
 * with the meanings as titles, the MOT steps and TFA notes, and the scores already given.
 */
@Controller
class MotPanelController {

	private final TicketTouchpoints tickets;

	private final Touchpoints touchpoints;

	private final MotScores scores;

	private final Problems problems;

	MotPanelController(TicketTouchpoints tickets, Touchpoints touchpoints, MotScores scores, Problems problems) {
		this.tickets = tickets;
		this.touchpoints = touchpoints;
		this.scores = scores;
		this.problems = problems;
	}

	@GetMapping("/tickets/{id}/panels/mot")
	@PreAuthorize("hasAuthority('journey.read') and hasAuthority('ticket.read')")
	String panel(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		return render(id, staff, model, htmx);
	}

	@PostMapping("/tickets/{id}/panels/mot/touchpoint")
	@PreAuthorize("hasAuthority('ticket.write')")
	String link(@PathVariable long id, @RequestParam(required = false) Long touchpointId,
			@AuthenticationPrincipal StaffPrincipal staff, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		try {
			if (touchpointId == null || touchpoints.find(touchpointId).isEmpty()) {
				throw ProblemException.invalid("touchpointId", "problem.mot.touchpoint.required");
			}
			tickets.link(id, touchpointId, staff);
		}
		catch (ProblemException problem) {
			return refused(id, problem, staff, model, htmx);
		}
		return done(id, staff, model, htmx);
	}

	@PostMapping("/tickets/{id}/panels/mot/score")
	@PreAuthorize("hasAuthority('mot.score')")
	String score(@PathVariable long id, @RequestParam(required = false) Integer score,
			@RequestParam(required = false) MotSource source, @RequestParam(required = false) boolean explored,
			@RequestParam(required = false) boolean proposed, @RequestParam(required = false) boolean acted,
			@RequestParam(required = false) boolean confirmed, @RequestParam(required = false) String thought,
			@RequestParam(required = false) String feeling, @RequestParam(required = false) String action,
			@AuthenticationPrincipal StaffPrincipal staff, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		try {
			TicketTouchpoints.TicketFacts ticket = tickets.facts(id, staff);
			scores.score(new MotScores.NewMotScore(score, source, ticket.touchpointId(), null, null, id, null, null, null,
					Interaction.TICKET_MESSAGE, explored, proposed, acted, confirmed, thought, feeling, action), staff);
		}
		catch (ProblemException problem) {
			return refused(id, problem, staff, model, htmx);
		}
		return done(id, staff, model, htmx);
	}

	private String done(long id, StaffPrincipal staff, Model model, String htmx) {
		return htmx == null ? "redirect:/tickets/" + id + "/panels/mot" : render(id, staff, model, htmx);
	}

	private String refused(long id, ProblemException problem, StaffPrincipal staff, Model model, String htmx) {
		if (problem.status().value() == 404) {
			throw problem;
		}
		model.addAttribute("refusal", problems.message(problem.messageKey(), problem.arguments()));
		return render(id, staff, model, htmx);
	}

	private String render(long id, StaffPrincipal staff, Model model, String htmx) {
		TicketTouchpoints.TicketFacts ticket = tickets.facts(id, staff);
		List<TouchpointView> all = touchpoints.all();
		Map<Long, String> names = new HashMap<>();
		all.forEach(t -> names.put(t.id(), t.name()));
		List<MotScoreView> given = scores.ofTicket(id);
		model.addAttribute("ticketId", id);
		model.addAttribute("ticket", ticket);
		model.addAttribute("touchpoints", all);
		model.addAttribute("names", names);
		model.addAttribute("scores", given);
		model.addAttribute("scale", MotScale.POINTS);
		model.addAttribute("sources", List.of(MotSource.AGENT_SELF, MotSource.QA_REVIEW));
		return htmx == null ? "journey/mot-panel" : "journey/mot-panel :: panel";
	}

}
