package io.kairos.voc.feedback;

/** Where a piece of feedback stands in the inbox. */
public enum FeedbackStatus {
	NEW, IN_PROGRESS, CLOSED
}
