package io.kairos.journey.mot;

/** What kind of customer interaction was scored (SPEC §4.2). */
public enum Interaction {
	TICKET_MESSAGE, CALL, VISIT, SURVEY_ANSWER
}
