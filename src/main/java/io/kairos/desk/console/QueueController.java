package io.kairos.desk.console;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;
import io.kairos.identity.StaffPrincipal;

/** The agent console's queues at {@code /desk}: views, filters, due-time order and keyset paging. */
@Controller
@PreAuthorize("hasAuthority('ticket.read')")
class QueueController {

	private final DeskQueues queues;

	private final Clock clock;

	QueueController(DeskQueues queues, Clock clock) {
		this.queues = queues;
		this.clock = clock;
	}

	@GetMapping("/desk")
	String queue(@ModelAttribute("query") QueueQuery query, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("queue", queues.page(query, staff));
		model.addAttribute("views", DeskQueues.viewsFor(staff));
		model.addAttribute("allStatuses", TicketStatus.values());
		model.addAttribute("allChannels", TicketChannel.values());
		model.addAttribute("allTypes", TicketType.values());
		model.addAttribute("allPriorities", TicketPriority.values());
		model.addAttribute("now", clock.instant());
		return "desk/queue";
	}

}
