package io.kairos.desk;

import java.time.Instant;

import io.kairos.customer.CustomerId;

/** A ticket moved from one status to another; {@code actorId} is null when Kairos itself moved it. */
public record TicketStatusChanged(long ticketId, CustomerId customerId, TicketStatus from, TicketStatus to, Long actorId,
		Instant at) {

	public boolean resolved() {
		return to == TicketStatus.RESOLVED;
	}

	public boolean reopened() {
		return from == TicketStatus.RESOLVED && to == TicketStatus.OPEN;
	}

}
