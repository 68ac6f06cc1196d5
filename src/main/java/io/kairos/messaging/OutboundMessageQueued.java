package io.kairos.messaging;

import java.util.UUID;

/** A message entered the outbox; published in the requesting transaction, delivered after it commits. */
public record OutboundMessageQueued(UUID messageId, String kind, String reference) {
}
