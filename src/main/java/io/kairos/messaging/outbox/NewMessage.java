package io.kairos.messaging.outbox;

import io.kairos.customer.CustomerId;
import io.kairos.customer.Purpose;
import io.kairos.messaging.gateway.DeliveryChannel;
import io.kairos.messaging.template.RenderedMessage;

/**
 * A message ready for the outbox: who (a customer, or a member of staff when {@code staffMember} is set), on which
 * channel (the address masked), and its rendered text.
 */
public record NewMessage(String kind, CustomerId customer, Purpose purpose, boolean proactive,
		DeliveryChannel channel, String maskedAddress, RenderedMessage content, String reference, String dedupKey,
		Long staffMember) {

	public NewMessage(String kind, CustomerId customer, Purpose purpose, boolean proactive, DeliveryChannel channel,
			String maskedAddress, RenderedMessage content, String reference, String dedupKey) {
		this(kind, customer, purpose, proactive, channel, maskedAddress, content, reference, dedupKey, null);
	}

	/** A message to a member of staff: no customer, no consent purpose beyond service. */
	public static NewMessage toStaff(String kind, long staffMember, DeliveryChannel channel, String maskedAddress,
			RenderedMessage content, String reference, String dedupKey) {
		return new NewMessage(kind, null, Purpose.SERVICE, false, channel, maskedAddress, content, reference, dedupKey,
				staffMember);
	}

}
