package io.kairos.voc.feedback;

/** Changed fields of a piece of feedback (null: unchanged; {@code unassign} clears the assignee). */
public record FeedbackChange(Long categoryId, FeedbackPriority priority, Long assigneeId, Boolean unassign,
		FeedbackStatus status) {
}
