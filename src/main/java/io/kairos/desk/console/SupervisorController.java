package io.kairos.desk.console;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;

/** The supervisor's view: the teams' loads and one team's queue with reassignment to a member of the team. */
@Controller
@PreAuthorize("hasAuthority('ticket.assign')")
class SupervisorController {

	private final SupervisorBoard board;

	private final Tickets tickets;

	private final Viewers viewers;

	private final Clock clock;

	SupervisorController(SupervisorBoard board, Tickets tickets, Viewers viewers, Clock clock) {
		this.board = board;
		this.tickets = tickets;
		this.viewers = viewers;
		this.clock = clock;
	}

	@GetMapping("/desk/supervisor")
	String board(@RequestParam(required = false) Long team, @RequestParam(required = false) String cursor,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("loads", board.loads());
		model.addAttribute("statuses", DeskQueues.ACTIVE.stream().sorted().toList());
		model.addAttribute("teamQueue", team == null ? null : board.queue(team, cursor, viewers.of(staff)));
		model.addAttribute("now", clock.instant());
		return "desk/supervisor";
	}

	@PostMapping("/desk/supervisor/assign")
	String assign(@RequestParam long ticketId, @RequestParam long teamId, @RequestParam(required = false) Long assigneeId,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		try {
			tickets.assign(ticketId, teamId, assigneeId, viewers.of(staff));
			redirect.addFlashAttribute("notice", "notice.desk.ticket.assigned");
		}
		catch (ProblemException problem) {
			redirect.addFlashAttribute("alert", problem.messageKey());
			redirect.addFlashAttribute("alertArgs", problem.arguments());
		}
		return "redirect:/desk/supervisor?team=" + teamId;
	}

}
