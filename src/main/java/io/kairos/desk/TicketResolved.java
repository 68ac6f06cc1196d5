package io.kairos.desk;

import java.time.Instant;

import io.kairos.customer.CustomerId;

/** A ticket was resolved; {@code firstContactResolution} when the customer needed one contact only. */
public record TicketResolved(long ticketId, String number, CustomerId customerId, TicketType type, Long teamId,
		Long assigneeId, boolean firstContactResolution, Instant at) {
}
