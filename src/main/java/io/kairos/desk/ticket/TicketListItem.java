package io.kairos.desk.ticket;

import java.time.Instant;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;

/** One row of a ticket list or queue. */
public record TicketListItem(long id, String number, TicketStatus status, int step, long customerId,
		TicketChannel channel, TicketType type, TicketPriority priority, String subject, Long teamId, Long assigneeId,
		boolean restricted, Instant createdAt, Instant firstResponseDue, Instant resolutionDue, Instant slaPausedAt,
		Instant firstResponseAt) {

	/** The SLA due time that matters now: first response until it happened, then resolution. */
	public Instant nextDue() {
		if (firstResponseAt == null && firstResponseDue != null) {
			return firstResponseDue;
		}
		return resolutionDue;
	}

}
