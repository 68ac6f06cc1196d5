package io.kairos.messaging;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import io.kairos.identity.StaffContacts;
import io.kairos.messaging.NotificationResult.Outcome;
import io.kairos.messaging.gateway.DeliveryChannel;
import io.kairos.messaging.outbox.NewMessage;
import io.kairos.messaging.outbox.Outbox;
import io.kairos.messaging.template.RenderedMessage;

/**
 * The one way to e-mail a member of staff. Like {@link Notifications#request}, call it inside your transaction: the
 * message joins the same outbox, is delivered after your commit, retried with backoff and kept as a dead letter
 * when it keeps failing. No caps apply: staff asked for these mails.
 */
@Service
public class StaffMail {

	private final StaffContacts contacts;

	private final Outbox outbox;

	StaffMail(StaffContacts contacts, Outbox outbox) {
		this.contacts = contacts;
		this.outbox = outbox;
	}

	/** Queues the mail; {@link Outcome#NO_CHANNEL} when the member has no address or may no longer sign in. */
	@Transactional
	public NotificationResult request(StaffMessage message) {
		Optional<UUID> earlier = outbox.existing(message.dedupKey());
		if (earlier.isPresent()) {
			return new NotificationResult(Outcome.DUPLICATE, earlier.get(), null);
		}
		Optional<StaffContacts.StaffContact> contact = contacts.find(message.staffId());
		Optional<String> mailbox = contact.flatMap(StaffContacts.StaffContact::mailbox);
		if (mailbox.isEmpty()) {
			return NotificationResult.of(Outcome.NO_CHANNEL);
		}
		String locale = contact.get().language() == null ? "en" : contact.get().language();
		NewMessage queued = NewMessage.toStaff(message.kind(), message.staffId(), DeliveryChannel.EMAIL,
				DeliveryChannel.EMAIL.mask(mailbox.get()),
				new RenderedMessage(locale, message.subject(), message.text(),
						message.html() != null ? message.html() : htmlOf(message.text())),
				message.reference(),
				message.dedupKey());
		return outbox.enqueue(queued)
			.map(id -> NotificationResult.queued(id, DeliveryChannel.EMAIL.name()))
			.orElseGet(() -> new NotificationResult(Outcome.DUPLICATE, outbox.existing(message.dedupKey()).orElse(null),
					null));
	}

	/** Without an HTML part of its own, the text escaped, line breaks kept, as the customer templates do. */
	static String htmlOf(String text) {
		return "<p>" + HtmlUtils.htmlEscape(text).replace("\r\n", "\n").replace("\n", "<br>") + "</p>";
	}

}
