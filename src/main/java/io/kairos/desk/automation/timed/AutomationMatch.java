package io.kairos.desk.automation.timed;

import java.time.Instant;

import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;

/** A ticket an automation would act on now, with the timestamp it counts from. */
public record AutomationMatch(long ticketId, String number, String subject, TicketStatus status,
		TicketPriority priority, Instant since) {
}
