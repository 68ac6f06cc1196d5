package io.kairos.voc;

import java.time.Instant;

import io.kairos.customer.CustomerId;

/**
 * A response was stored. {@code nps}, {@code csat} and {@code ces} are the response's first answers of those
 * types (null when it has none); {@code verbatim} is the NPS "why" or else the first text answer.
 */
public record SurveyAnswered(long responseId, long surveyId, int surveyVersion, CustomerId customerId, Long ticketId,
		Long touchpointId, Long teamId, Long agentId, Integer nps, Integer csat, Integer ces, String verbatim,
		Instant at) {
}
