package io.kairos.desk.console;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.kairos.customer.CustomerSummary;
import io.kairos.desk.AuthorKind;
import io.kairos.desk.TicketPanel;
import io.kairos.desk.category.Categories;
import io.kairos.desk.conversation.Conversation;
import io.kairos.desk.conversation.MessageView;
import io.kairos.desk.ticket.TicketFilter;
import io.kairos.desk.ticket.TicketHistory;
import io.kairos.desk.ticket.TicketListing;
import io.kairos.desk.ticket.TicketSort;
import io.kairos.desk.ticket.TicketView;
import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewer;
import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;

/**
 * Everything the agent's ticket page shows: the ticket with its clocks, the conversation with author names, the
 * customer's side, the history and the panels other parts of the desk add. A ticket the viewer may not see is a
 * 404 before anything else is read.
 */
@Component
class TicketPages {

	static final int CUSTOMER_TICKETS = 5;

	private final Tickets tickets;

	private final Conversation conversation;

	private final TicketHistory history;

	private final TicketListing listing;

	private final Categories categories;

	private final Viewers viewers;

	private final DeskNames names;

	private final Clock clock;

	private final List<TicketPanel> panels;

	TicketPages(Tickets tickets, Conversation conversation, TicketHistory history, TicketListing listing,
			Categories categories, Viewers viewers, DeskNames names, Clock clock, ObjectProvider<TicketPanel> panels) {
		this.tickets = tickets;
		this.conversation = conversation;
		this.history = history;
		this.listing = listing;
		this.categories = categories;
		this.viewers = viewers;
		this.names = names;
		this.clock = clock;
		this.panels = panels.stream().sorted(Comparator.comparingInt(TicketPanel::order)).toList();
	}

	/** Fills the page's model; the forms keep what the model already holds (a refused form shows its input). */
	TicketView fill(long id, StaffPrincipal staff, Model model) {
		Viewer viewer = viewers.of(staff);
		TicketView ticket = tickets.find(id, viewer);
		model.addAttribute("ticket", ticket);
		model.addAttribute("now", clock.instant());
		model.addAttribute("firstResponseClock", SlaCountdown.firstResponse(ticket));
		model.addAttribute("resolutionClock", SlaCountdown.resolution(ticket));
		model.addAttribute("nextStatuses", ticket.status().next().stream().sorted().toList());
		model.addAttribute("assigneeName", names.staffName(ticket.assigneeId()));
		model.addAttribute("teamName", ticket.teamId() == null ? null : names.teamNames().get(ticket.teamId()));
		CustomerSummary customer = names.customer(ticket.customer().id()).orElse(null);
		model.addAttribute("customer", customer);
		model.addAttribute("reception", names.receptionStrategy(ticket.customer().id()).orElse(null));
		model.addAttribute("messages", messages(id, viewer, customer));
		model.addAttribute("history", history.of(id)
			.stream()
			.map(entry -> new HistoryLine(entry, entry.actorId() == null ? null : names.staffName(entry.actorId())))
			.toList());
		model.addAttribute("customerTickets", names.rows(listing
			.page(new TicketFilter(Set.of(), null, null, false, ticket.customer().id(), null, null, null, null, null, null),
					TicketSort.NEWEST, null, CUSTOMER_TICKETS + 1, viewer)
			.items()
			.stream()
			.filter(item -> item.id() != id)
			.limit(CUSTOMER_TICKETS)
			.toList()));
		model.addAttribute("categories", categories.all());
		model.addAttribute("allPriorities", io.kairos.desk.TicketPriority.values());
		model.addAttribute("allTypes", io.kairos.desk.TicketType.values());
		List<TicketPanel> visible = panels.stream()
			.filter(panel -> panel.permission() == null || staff.hasPermission(panel.permission()))
			.toList();
		model.addAttribute("mainPanels", visible.stream().filter(panel -> "main".equals(panel.column())).toList());
		model.addAttribute("sidePanels", visible.stream().filter(panel -> "side".equals(panel.column())).toList());
		if (!model.containsAttribute("composer")) {
			model.addAttribute("composer", ComposerForm.empty());
		}
		if (!model.containsAttribute("edit")) {
			model.addAttribute("edit", TicketEditForm.of(ticket));
		}
		return ticket;
	}

	private List<Message> messages(long id, Viewer viewer, CustomerSummary customer) {
		Map<Long, String> staffNames = new java.util.HashMap<>();
		return conversation.messages(id, viewer).stream().map(message -> {
			String author = message.authorKind() == AuthorKind.STAFF && message.authorStaffId() != null
					? staffNames.computeIfAbsent(message.authorStaffId(), names::staffName)
					: message.authorKind() == AuthorKind.CUSTOMER && customer != null ? customer.name() : null;
			return new Message(message, author);
		}).toList();
	}

	/** A conversation message with the name of who wrote it (null: Kairos, or a customer no longer known). */
	record Message(MessageView message, String author) {

		public boolean internal() {
			return message.visibility() == io.kairos.desk.MessageVisibility.INTERNAL;
		}

	}

	/** A history entry with the name of who made the change (null: Kairos itself). */
	record HistoryLine(TicketHistory.TicketHistoryEntry entry, String actor) {

		public String messageKey() {
			return "desk.history." + entry.action();
		}

	}

}
