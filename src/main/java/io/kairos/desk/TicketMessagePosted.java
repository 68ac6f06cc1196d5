package io.kairos.desk;

import java.time.Instant;

import io.kairos.customer.CustomerId;

/** A message was added to a ticket's conversation. */
public record TicketMessagePosted(long ticketId, long messageId, CustomerId customerId, MessageVisibility visibility,
		AuthorKind authorKind, TicketChannel channel, Instant at) {
}
