package io.kairos.desk.automation.rule;

import java.util.Set;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;
import io.kairos.desk.ticket.TicketView;

/** The fields of a ticket that conditions test, taken at one moment. */
public record TicketFacts(TicketChannel channel, TicketType type, TicketPriority priority, String category,
		TicketStatus status, Set<String> tags, String customerTier, String subject) {

	public TicketFacts {
		tags = tags == null ? Set.of() : Set.copyOf(tags);
	}

	public static TicketFacts of(TicketView ticket) {
		return new TicketFacts(ticket.channel(), ticket.type(), ticket.priority(), ticket.category(), ticket.status(),
				ticket.tags(), ticket.customer() == null ? null : ticket.customer().tier(), ticket.subject());
	}

}
