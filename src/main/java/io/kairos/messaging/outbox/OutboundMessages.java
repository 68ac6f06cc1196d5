package io.kairos.messaging.outbox;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.identity.AuditLog;
import io.kairos.messaging.OutboundMessageQueued;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;

/** The outbox for admins: the listing, and sending a dead letter again (audited). */
@Service
public class OutboundMessages {

	private final OutboundMessageRepository messages;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	OutboundMessages(OutboundMessageRepository messages, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.messages = messages;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Keyset.Page<OutboundMessageView> page(String status, String kind, String channel, Keyset keyset) {
		return messages.page(MessageFilter.of(status, kind, channel), keyset);
	}

	@Transactional(readOnly = true)
	public OutboundMessageView find(UUID id) {
		return messages.view(id).orElseThrow(() -> ProblemException.notFound("problem.messaging.message-not-found"));
	}

	/** Queues a dead letter again with a fresh count of attempts; 409 when it is not a dead letter. */
	@Transactional
	public OutboundMessageView retry(UUID id) {
		OutboundMessageView message = find(id);
		if (!messages.requeue(id, clock.instant())) {
			throw ProblemException.conflict("problem.messaging.not-dead");
		}
		audit.record("messaging.dead-letter.retried", "outbound_message", id,
				Map.of("kind", message.kind(), "attempts", message.attempts()));
		events.publishEvent(new OutboundMessageQueued(id, message.kind(), message.reference()));
		return find(id);
	}

}
