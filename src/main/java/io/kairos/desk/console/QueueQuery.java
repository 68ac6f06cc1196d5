package io.kairos.desk.console;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;

/**
 * What the queue page asks for: a view, the list's filters, the order ({@code due} or {@code newest}) and the
 * position; the query parameters of {@code /desk}.
 */
record QueueQuery(String view, Long team, TicketStatus status, TicketChannel channel, TicketType type,
		TicketPriority priority, String tag, String q, String sort, String cursor) {

	public boolean newest() {
		return "newest".equals(sort);
	}

}
