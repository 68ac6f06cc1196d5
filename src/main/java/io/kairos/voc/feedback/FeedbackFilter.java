package io.kairos.voc.feedback;

/**
 * What the inbox shows; all fields optional.
 * @param routedTo only praise routed to this member of staff
 */
public record FeedbackFilter(FeedbackKind kind, FeedbackStatus status, Long categoryId, FeedbackPriority priority,
		Long assigneeId, Long routedTo) {
}
