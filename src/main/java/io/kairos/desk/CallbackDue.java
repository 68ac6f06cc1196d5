package io.kairos.desk;

import java.time.Instant;

import io.kairos.customer.CustomerId;

/**
 * The callback after a ticket's resolution is due (SPEC §2.7); published once per callback. The assignee calls
 * the customer, or a survey may be sent instead.
 */
public record CallbackDue(long callbackId, long ticketId, CustomerId customerId, Long assigneeId, Instant dueAt,
		Instant at) {
}
