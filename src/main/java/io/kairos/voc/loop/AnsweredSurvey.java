package io.kairos.voc.loop;

import java.time.Instant;

/** The facts of one answered survey that the closed loop and the feedback inbox act on. */
public record AnsweredSurvey(long responseId, long surveyId, Long customerId, Long ticketId, Long teamId, Long agentId,
		Integer nps, String verbatim, Instant at) {
}
