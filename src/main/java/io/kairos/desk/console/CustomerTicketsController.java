package io.kairos.desk.console;

import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.kairos.desk.ticket.TicketFilter;
import io.kairos.desk.ticket.TicketListing;
import io.kairos.desk.ticket.TicketSort;
import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;

/** The customer 360 page's tickets panel: the customer's latest tickets this viewer may see. */
@Controller
@PreAuthorize("hasAuthority('ticket.read')")
class CustomerTicketsController {

	static final int LATEST = 10;

	private final TicketListing listing;

	private final Viewers viewers;

	CustomerTicketsController(TicketListing listing, Viewers viewers) {
		this.listing = listing;
		this.viewers = viewers;
	}

	@GetMapping("/desk/customers/{id}/tickets")
	String tickets(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		TicketFilter filter = new TicketFilter(Set.of(), null, null, false, id, null, null, null, null, null, null);
		model.addAttribute("customerId", id);
		model.addAttribute("tickets", listing.page(filter, TicketSort.NEWEST, null, LATEST, viewers.of(staff)).items());
		return "desk/parts :: customer-tickets";
	}

}
