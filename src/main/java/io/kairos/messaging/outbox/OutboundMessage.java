package io.kairos.messaging.outbox;

import java.time.Instant;
import java.util.UUID;

import io.kairos.customer.CustomerId;
import io.kairos.messaging.gateway.DeliveryChannel;

/** A row of the outbox, as delivery needs it: to a customer, or to a member of staff when {@code staffMember} is set. */
record OutboundMessage(UUID id, String kind, CustomerId customer, Long staffMember, DeliveryChannel channel,
		String subject, String body, String htmlBody, MessageStatus status, int attempts, Instant nextAttemptAt) {
}
