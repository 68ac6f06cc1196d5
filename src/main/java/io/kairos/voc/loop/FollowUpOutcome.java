package io.kairos.voc.loop;

/** What came of a follow-up call to a detractor. */
public enum FollowUpOutcome {

	/** Reached and heard out, not (yet) won back. */
	CONTACTED,

	/** Reached and the problem put right: the customer is satisfied again. */
	RECOVERED,

	/** Not reached after trying. */
	NOT_REACHABLE

}
