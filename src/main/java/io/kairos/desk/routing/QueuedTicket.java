package io.kairos.desk.routing;

import java.time.Instant;

import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;

/** One unassigned ticket of a team's queue; {@code tier} is the customer's tier when the ticket was opened. */
public record QueuedTicket(long id, String number, String subject, String tier, TicketPriority priority,
		TicketStatus status, boolean restricted, Instant createdAt) {
}
