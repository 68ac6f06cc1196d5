package io.kairos.messaging.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** Attempts every message whose next attempt is due, each in its own transaction. */
@Service
public class OutboundRetries {

	private final OutboundMessageRepository messages;

	private final Delivery delivery;

	private final MessagingSettings settings;

	private final Clock clock;

	OutboundRetries(OutboundMessageRepository messages, Delivery delivery, MessagingSettings settings, Clock clock) {
		this.messages = messages;
		this.delivery = delivery;
		this.settings = settings;
		this.clock = clock;
	}

	/** Returns how many messages were attempted. */
	public int runDue() {
		Instant now = clock.instant();
		List<UUID> due = messages.due(now, now.minus(settings.stuckAfter()), settings.retryBatch());
		due.forEach(delivery::deliver);
		return due.size();
	}

}
