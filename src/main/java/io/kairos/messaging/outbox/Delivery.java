package io.kairos.messaging.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.ContactAddresses;
import io.kairos.customer.CustomerDirectory;
import io.kairos.identity.StaffContacts;
import io.kairos.messaging.gateway.Gateways;
import io.kairos.messaging.gateway.Outgoing;

/**
 * Delivers one message: locks its row, skips it unless it is waiting (a sent message is never sent again), looks
 * up the address, hands it to the channel's gateway and records the outcome. A failure waits for the retry job
 * with exponential backoff; after {@code kairos.messaging.max-attempts} the message is a dead letter. A customer
 * without an address on the channel (erased, address removed) is not retried.
 */
@Service
public class Delivery {

	private static final Logger log = LoggerFactory.getLogger(Delivery.class);

	private static final Pattern ADDRESSES = Pattern.compile("[\\w.+-]+@[\\w.-]+|\\+?\\d{7,}");

	private final OutboundMessageRepository messages;

	private final CustomerDirectory directory;

	private final StaffContacts staffContacts;

	private final Gateways gateways;

	private final MessagingSettings settings;

	private final Clock clock;

	Delivery(OutboundMessageRepository messages, CustomerDirectory directory, StaffContacts staffContacts,
			Gateways gateways, MessagingSettings settings, Clock clock) {
		this.messages = messages;
		this.directory = directory;
		this.staffContacts = staffContacts;
		this.gateways = gateways;
		this.settings = settings;
		this.clock = clock;
	}

	/** Attempts delivery now; returns the status the message is left in (empty for an unknown id). */
	@Transactional
	public Optional<MessageStatus> deliver(UUID id) {
		Optional<OutboundMessage> found = messages.lock(id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		OutboundMessage message = found.get();
		if (message.status() == MessageStatus.SENT || message.status() == MessageStatus.DEAD) {
			return Optional.of(message.status());
		}
		int attempt = message.attempts() + 1;
		Optional<String> address = address(message);
		if (address.isEmpty()) {
			return Optional.of(fail(message, attempt, "no address on " + message.channel(), true));
		}
		try {
			gateways.send(new Outgoing(message.id(), message.channel(), address.get(), message.subject(),
					message.body(), message.htmlBody()));
		}
		catch (RuntimeException failure) {
			log.warn("Message {} ({}) failed on attempt {}: {}", id, message.kind(), attempt, describe(failure));
			return Optional.of(fail(message, attempt, describe(failure), false));
		}
		messages.markSent(id, attempt, clock.instant());
		return Optional.of(MessageStatus.SENT);
	}

	/** Looked up now, so a changed or erased address is respected; staff mail goes to the member's own mailbox. */
	private Optional<String> address(OutboundMessage message) {
		if (message.staffMember() != null) {
			return staffContacts.find(message.staffMember()).flatMap(StaffContacts.StaffContact::mailbox);
		}
		return directory.addressesFor(message.customer())
			.flatMap((ContactAddresses addresses) -> message.channel().address(addresses));
	}

	private MessageStatus fail(OutboundMessage message, int attempt, String error, boolean hopeless) {
		Instant now = clock.instant();
		boolean dead = hopeless || attempt >= settings.maxAttempts();
		MessageStatus status = dead ? MessageStatus.DEAD : MessageStatus.FAILED;
		Instant next = dead ? null : now.plus(settings.backoff().after(attempt));
		messages.markFailed(message.id(), status, attempt, next, error, now);
		if (dead) {
			log.warn("Message {} ({}) is a dead letter after {} attempts", message.id(), message.kind(), attempt);
		}
		return status;
	}

	/** The failure for the error column: its type and message, with anything like an address blanked out. */
	static String describe(Throwable failure) {
		String text = failure.getClass().getSimpleName()
				+ (failure.getMessage() == null ? "" : ": " + ADDRESSES.matcher(failure.getMessage()).replaceAll("***"));
		text = text.replaceAll("[\\r\\n]+", " ");
		return text.length() <= 500 ? text : text.substring(0, 500);
	}

}
