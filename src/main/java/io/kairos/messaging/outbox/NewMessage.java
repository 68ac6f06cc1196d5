package io.kairos.messaging.outbox;

import io.kairos.customer.CustomerId;
import io.kairos.customer.Purpose;
import io.kairos.messaging.gateway.DeliveryChannel;
import io.kairos.messaging.template.RenderedMessage;

/** A message ready for the outbox: who, on which channel (the address masked), and its rendered text. */
public record NewMessage(String kind, CustomerId customer, Purpose purpose, boolean proactive,
		DeliveryChannel channel, String maskedAddress, RenderedMessage content, String reference, String dedupKey) {
}
