package io.kairos.voc.invitation;

import java.time.Instant;

/** The stored invitation behind a presented token, as the public survey page needs it. */
record SurveyInvitation(long id, long surveyId, Integer surveyVersion, TriggerKind trigger, Long customerId,
		Long ticketId, Long teamId, Long agentId, InvitationStatus status, String channel, Instant expiresAt,
		String partialAnswers) {

	boolean open(Instant now) {
		return status == InvitationStatus.SENT && expiresAt != null && expiresAt.isAfter(now);
	}

}
