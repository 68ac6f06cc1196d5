package io.kairos.desk.ticket;

import java.util.Set;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;

/**
 * Filters of a ticket list; nulls and empty sets mean "any". {@code assignee} is a staff id; {@code unassigned}
 * asks for tickets without an assignee; {@code dueBefore} for active tickets whose resolution is due before then.
 */
public record TicketFilter(Set<TicketStatus> statuses, Long teamId, Long assigneeId, boolean unassigned,
		Long customerId, TicketChannel channel, TicketType type, TicketPriority priority, String tag, String q,
		java.time.Instant dueBefore) {

	public static TicketFilter none() {
		return new TicketFilter(Set.of(), null, null, false, null, null, null, null, null, null, null);
	}

}
