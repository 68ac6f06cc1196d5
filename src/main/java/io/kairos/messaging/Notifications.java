package io.kairos.messaging;

import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.ContactAddresses;
import io.kairos.customer.ContactPolicy;
import io.kairos.customer.CustomerDirectory;
import io.kairos.messaging.NotificationResult.Outcome;
import io.kairos.messaging.cap.FrequencyCaps;
import io.kairos.messaging.outbox.NewMessage;
import io.kairos.messaging.outbox.Outbox;
import io.kairos.messaging.template.MessageTemplates;
import io.kairos.messaging.template.RenderedMessage;

/**
 * The one way to send a customer a message. Call {@link #request} inside your own transaction: the message is
 * stored with your change and delivered after your commit, or not at all if you roll back. In order: a known
 * dedup key answers {@link Outcome#DUPLICATE}; no consented channel with an address answers
 * {@link Outcome#NO_CHANNEL}; a proactive message over its kind's frequency cap answers
 * {@link Outcome#SUPPRESSED}; otherwise the template of the kind, channel and customer's language is filled in and
 * the message is {@link Outcome#QUEUED}.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final ContactPolicy contactPolicy;

	private final CustomerDirectory directory;

	private final FrequencyCaps caps;

	private final MessageTemplates templates;

	private final Outbox outbox;

	Notifications(ContactPolicy contactPolicy, CustomerDirectory directory, FrequencyCaps caps,
			MessageTemplates templates, Outbox outbox) {
		this.contactPolicy = contactPolicy;
		this.directory = directory;
		this.caps = caps;
		this.templates = templates;
		this.outbox = outbox;
	}

	/**
	 * Queues the message, or says why not.
	 * @throws IllegalArgumentException when the kind has no template at all (a programming error, not a customer's)
	 */
	@Transactional
	public NotificationResult request(Notification notification) {
		Optional<UUID> earlier = outbox.existing(notification.dedupKey());
		if (earlier.isPresent()) {
			return new NotificationResult(Outcome.DUPLICATE, earlier.get(), null);
		}
		Optional<ContactAddresses> addresses = directory.addressesFor(notification.customerId());
		Optional<ChannelChoice.Route> route = addresses.flatMap(found -> ChannelChoice
			.choose(contactPolicy.howToReach(notification.customerId(), notification.purpose()), found));
		if (route.isEmpty()) {
			log.info("No channel to reach customer {} for {} ({})", notification.customerId().value(),
					notification.kind(), notification.reference());
			return NotificationResult.of(Outcome.NO_CHANNEL);
		}
		if (notification.proactive()
				&& !caps.admit(notification.customerId(), notification.kind(), notification.reference())) {
			return NotificationResult.of(Outcome.SUPPRESSED);
		}
		String locale = addresses.get().language() == null ? MessageTemplates.DEFAULT_LOCALE
				: addresses.get().language();
		RenderedMessage content = templates
			.render(notification.kind(), route.get().channel(), locale, notification.variables())
			.orElseThrow(() -> new IllegalArgumentException("No template for message kind " + notification.kind()));
		NewMessage message = new NewMessage(notification.kind(), notification.customerId(), notification.purpose(),
				notification.proactive(), route.get().channel(), route.get().channel().mask(route.get().address()),
				content, notification.reference(), notification.dedupKey());
		return outbox.enqueue(message)
			.map(id -> NotificationResult.queued(id, route.get().channel().name()))
			.orElseGet(() -> new NotificationResult(Outcome.DUPLICATE,
					outbox.existing(notification.dedupKey()).orElse(null), null));
	}

}
