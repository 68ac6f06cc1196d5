package io.kairos.desk;

import java.time.Instant;

/**
 * A ticket has used the warning share of an SLA target (e.g. 75 %). Published once per ticket, target and due
 * time; {@code notifyStaff} says whether the policy asks for notifications.
 */
public record SlaWarningReached(long ticketId, SlaTarget target, Instant dueAt, Long teamId, Long assigneeId,
		Long policyId, boolean notifyStaff, Instant at) {
}
