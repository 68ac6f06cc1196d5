package io.kairos.voc.feedback;

/** How soon a piece of feedback needs attention; a detractor's verbatim arrives as HIGH. */
public enum FeedbackPriority {
	LOW, NORMAL, HIGH
}
