package io.kairos.messaging.gateway;

import java.util.UUID;

/**
 * One message on its way out. {@code address} is the full address, looked up just before sending and not kept.
 * @param html the HTML part of an e-mail, null for other channels
 */
public record Outgoing(UUID id, DeliveryChannel channel, String address, String subject, String text, String html) {

	@Override
	public String toString() {
		// Never the address or the text: this may end up in a log.
		return "Outgoing[" + id + ", " + channel + "]";
	}

}
