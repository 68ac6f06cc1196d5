package io.kairos.messaging.outbox;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.messaging.OutboundMessageQueued;

/**
 * Puts messages into the outbox: the row and the {@link OutboundMessageQueued} event go into the caller's
 * transaction, so a message exists exactly when the work that asked for it committed, and the event registry
 * delivers it after the commit (again after a restart, if the node died first).
 */
@Service
public class Outbox {

	private final OutboundMessageRepository messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Outbox(OutboundMessageRepository messages, ApplicationEventPublisher events, Clock clock) {
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<UUID> existing(String dedupKey) {
		return messages.idOf(dedupKey);
	}

	/** The new message's id, or empty when a message with the same dedup key exists. */
	@Transactional
	public Optional<UUID> enqueue(NewMessage message) {
		UUID id = UUID.randomUUID();
		if (!messages.insert(id, message, clock.instant())) {
			return Optional.empty();
		}
		events.publishEvent(new OutboundMessageQueued(id, message.kind(), message.reference()));
		return Optional.of(id);
	}

}
