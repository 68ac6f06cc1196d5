package io.kairos.desk.console;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;

/** The ticket page's heartbeat (htmx, every 15 s): records this viewer and answers the collision hint fragment. */
@Controller
@PreAuthorize("hasAuthority('ticket.read')")
class PresenceController {

	private final Presence presence;

	private final Tickets tickets;

	private final Viewers viewers;

	PresenceController(Presence presence, Tickets tickets, Viewers viewers) {
		this.presence = presence;
		this.tickets = tickets;
		this.viewers = viewers;
	}

	@PostMapping("/desk/tickets/{id}/presence")
	String beat(@PathVariable long id, @RequestParam(defaultValue = "false") boolean typing,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		tickets.get(id, viewers.of(staff));
		model.addAttribute("colleagues", presence.beat(id, staff.id(), typing));
		return "desk/parts :: presence";
	}

}
