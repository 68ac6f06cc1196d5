package io.kairos.messaging.outbox;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kairos.messaging.OutboundMessageQueued;

/**
 * Delivers a queued message once its transaction has committed. The event publication is completed even when the
 * send failed: the message row then holds the failure and the retry job takes over.
 */
@Component
class OutboundListener {

	private final Delivery delivery;

	OutboundListener(Delivery delivery) {
		this.delivery = delivery;
	}

	@ApplicationModuleListener
	void on(OutboundMessageQueued queued) {
		delivery.deliver(queued.messageId());
	}

}
