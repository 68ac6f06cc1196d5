package io.kairos.voc.loop;

import java.time.Instant;

/** A follow-up task as its owner, a supervisor and the API see it. */
public record FollowUpView(long id, long surveyId, long responseId, Long customerId, String customerName, Long ticketId,
		Long agentId, Long teamId, Integer nps, String verbatim, String status, FollowUpOutcome outcome, String note,
		Instant dueAt, boolean overdue, Instant createdAt, Instant completedAt, long version) {
}
