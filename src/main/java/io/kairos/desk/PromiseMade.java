package io.kairos.desk;

import java.time.Instant;

import io.kairos.customer.CustomerId;

/** A promise to the customer was recorded on a ticket: what, by when, and who keeps it. */
public record PromiseMade(long promiseId, long ticketId, CustomerId customerId, String what, Instant dueAt, long ownerId,
		Instant at) {
}
