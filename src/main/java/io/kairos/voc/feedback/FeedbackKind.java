package io.kairos.voc.feedback;

/** What a piece of feedback is. */
public enum FeedbackKind {

	/** The free text of a survey answer. */
	VERBATIM,

	/** An idea or request a customer gave staff. */
	SUGGESTION,

	/** Thanks, often naming a member of staff: routed to them and their supervisors. */
	PRAISE

}
