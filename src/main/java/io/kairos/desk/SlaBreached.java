package io.kairos.desk;

import java.time.Instant;

/**
 * A ticket missed an SLA target: its due time passed. Published once per ticket, target and due time;
 * {@code notifyStaff} says whether the policy asks for notifications.
 */
public record SlaBreached(long ticketId, SlaTarget target, Instant dueAt, Long teamId, Long assigneeId,
		Long policyId, boolean notifyStaff, Instant at) {
}
