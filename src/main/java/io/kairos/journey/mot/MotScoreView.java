package io.kairos.journey.mot;

import java.time.Instant;

import io.kairos.journey.MotSource;

/**
 * A scored interaction with its MOT interaction steps (explore, propose, act, confirm) and TFA notes
 * (thought, feeling, action).
 */
public record MotScoreView(long id, int score, MotSource source, long touchpointId, Long stageId, Long journeyId,
		Long agentId, Long teamId, Long customerId, Long ticketId, Long messageId, Interaction interaction,
		boolean explored, boolean proposed, boolean acted, boolean confirmed, String thought, String feeling,
		String action, Instant at) {
}
