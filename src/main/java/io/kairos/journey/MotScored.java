package io.kairos.journey;

import java.time.Instant;

/**
 * An interaction was scored on the −3..+3 value scale. Published in the scoring transaction.
 * @param stageId the journey stage, or null when the touchpoint was scored outside a journey
 */
public record MotScored(long scoreId, int score, MotSource source, long touchpointId, Long stageId, Long journeyId,
		Long agentId, Long teamId, Long customerId, Long ticketId, Instant at) {
}
