package io.kairos.desk;

import java.time.Instant;

import io.kairos.customer.CustomerId;

/**
 * A ticket has waited for the customer long enough that a time-based automation asks for a reminder to be sent.
 * The desk only announces it (and notes it in the ticket's history); the messaging module sends it, honouring the
 * customer's consent and contact caps.
 */
public record PendingReminderDue(long ticketId, String number, CustomerId customerId, long automationId,
		Instant pendingSince, Instant at) {
}
