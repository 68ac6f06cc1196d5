package io.kairos.desk;

import java.time.Instant;
import java.util.List;

/** A ticket was escalated to its team's supervisors because it breached an SLA target. */
public record TicketEscalated(long ticketId, Long teamId, List<Long> supervisorIds, SlaTarget target, Instant dueAt,
		Instant at) {
}
