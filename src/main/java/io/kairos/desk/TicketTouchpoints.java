package io.kairos.desk;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.kairos.desk.ticket.TicketChanges;
import io.kairos.desk.ticket.TicketFilter;
import io.kairos.desk.ticket.TicketListItem;
import io.kairos.desk.ticket.TicketListing;
import io.kairos.desk.ticket.TicketView;
import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewer;
import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;

/**
 * The touchpoint reference of a ticket, for the journey module: read the facts a moment of truth is scored
 * against and link a ticket to the touchpoint where the customer met the service. Goes through the ticket use
 * cases, so visibility, history and {@link TicketChanged} hold as for any other change.
 */
@Component
public class TicketTouchpoints {

	private final Tickets tickets;

	private final TicketListing listing;

	private final Viewers viewers;

	TicketTouchpoints(Tickets tickets, TicketListing listing, Viewers viewers) {
		this.tickets = tickets;
		this.listing = listing;
		this.viewers = viewers;
	}

	/** What a ticket is about and who handles it; answered as missing when the viewer may not see it. */
	public TicketFacts facts(long ticketId, StaffPrincipal viewer) {
		return facts(tickets.find(ticketId, viewers.of(viewer)));
	}

	/** The same as Kairos itself sees it (event listeners, demo data). */
	public TicketFacts facts(long ticketId) {
		return facts(tickets.find(ticketId, Viewer.SYSTEM));
	}

	/** Links the ticket to a touchpoint as the viewer; a closed ticket is refused like any other change. */
	public TicketFacts link(long ticketId, long touchpointId, StaffPrincipal viewer) {
		Viewer who = viewers.of(viewer);
		TicketView ticket = tickets.find(ticketId, who);
		return facts(tickets.update(ticketId, ticket.version(), changes(touchpointId), who));
	}

	/** Links as Kairos (demo data). */
	public TicketFacts link(long ticketId, long touchpointId) {
		TicketView ticket = tickets.find(ticketId, Viewer.SYSTEM);
		return facts(tickets.update(ticketId, ticket.version(), changes(touchpointId), Viewer.SYSTEM));
	}

	/** Ids of not yet closed tickets whose text matches, newest first (demo data picks tickets to link). */
	public List<Long> matching(String text, int limit) {
		TicketFilter filter = new TicketFilter(
				Set.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD, TicketStatus.RESOLVED),
				null, null, false, null, null, null, null, null, text, null);
		return listing.page(filter, io.kairos.desk.ticket.TicketSort.NEWEST, null, limit, Viewer.SYSTEM).items().stream().map(TicketListItem::id).toList();
	}

	private static TicketChanges changes(long touchpointId) {
		return new TicketChanges(null, null, null, null, null, null, null, touchpointId);
	}

	private static TicketFacts facts(TicketView t) {
		return new TicketFacts(t.id(), t.number(), t.subject(), t.customer().id(), t.type(), t.teamId(), t.assigneeId(),
				t.touchpointId(), t.createdAt(), t.resolvedAt());
	}

	/** A ticket as a moment of truth sees it. */
	public record TicketFacts(long id, String number, String subject, long customerId, TicketType type, Long teamId,
			Long assigneeId, Long touchpointId, Instant openedAt, Instant resolvedAt) {
	}

}
