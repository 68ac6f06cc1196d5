package io.kairos.voc.feedback;

import java.time.Instant;

/** One piece of feedback in the inbox. */
public record FeedbackItem(long id, FeedbackKind kind, String body, Long customerId, Long ticketId, Long surveyId,
		Integer nps, Long categoryId, FeedbackPriority priority, Long assigneeId, Long staffId, FeedbackStatus status,
		Instant createdAt, Instant closedAt, long version) {
}
