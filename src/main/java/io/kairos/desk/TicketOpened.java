package io.kairos.desk;

import java.time.Instant;

import io.kairos.customer.CustomerId;

/** A ticket was created. Published in the creating transaction. */
public record TicketOpened(long ticketId, String number, CustomerId customerId, TicketChannel channel, TicketType type,
		TicketPriority priority, Long categoryId, Long teamId, String customerTier, Instant at) {
}
