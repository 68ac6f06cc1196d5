package io.kairos.voc.invitation;

import java.time.Instant;

/**
 * An invitation as staff and the API see it (never the token: it exists only in the link that was sent).
 * @param status {@code EXPIRED} for an unanswered invitation past its expiry, else the stored status
 */
public record InvitationView(long id, long surveyId, Long ruleId, TriggerKind trigger, Long customerId, Long ticketId,
		Long agentId, String status, String channel, Instant sendAt, Instant sentAt, Instant expiresAt,
		Instant answeredAt, Long responseId) {
}
