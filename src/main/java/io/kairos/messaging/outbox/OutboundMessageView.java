package io.kairos.messaging.outbox;

import java.time.Instant;
import java.util.UUID;

/** A message as the pages and the API list it: the address masked, no text beyond the subject. */
public record OutboundMessageView(long key, UUID id, String kind, long customerId, String channel,
		String maskedAddress, String status, int attempts, String reference, String subject, String lastError,
		Instant createdAt, Instant sentAt, Instant nextAttemptAt) {
}
