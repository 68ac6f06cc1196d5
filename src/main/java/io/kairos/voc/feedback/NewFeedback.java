package io.kairos.voc.feedback;

/**
 * Feedback staff write down: a suggestion or praise (verbatims come from surveys).
 * @param staffId the member of staff the praise names, or null
 */
public record NewFeedback(FeedbackKind kind, String body, Long customerId, Long ticketId, Long staffId, Long categoryId,
		FeedbackPriority priority) {
}
