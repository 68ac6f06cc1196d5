package io.kairos.voc;

import java.time.Instant;

import io.kairos.customer.CustomerId;

/**
 * The customer scored a moment of truth on the MOT value scale (−3..+3, SPEC §4.3) in a survey; one event per
 * MOT answer. {@code touchpointId} is the question's touchpoint, else the response's.
 */
public record MotAnswered(long responseId, CustomerId customerId, Long ticketId, Long touchpointId,
		String questionCode, int score, Instant at) {
}
