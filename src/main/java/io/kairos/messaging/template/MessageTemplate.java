package io.kairos.messaging.template;

import java.time.Instant;

import io.kairos.messaging.gateway.DeliveryChannel;

/** The text of one message kind on one channel in one language; {@code htmlBody} is optional, e-mail only. */
public record MessageTemplate(String kind, DeliveryChannel channel, String locale, String subject, String body,
		String htmlBody, int version, Instant updatedAt) {

	static final int MAX_SUBJECT = 300;

	RenderedMessage render(java.util.Map<String, String> values) {
		String text = Placeholders.text(body, values);
		String html = null;
		if (channel == DeliveryChannel.EMAIL) {
			html = htmlBody == null ? Placeholders.htmlFromText(text) : Placeholders.html(htmlBody, values);
		}
		// A subject is one header line: line breaks in a value must not start another header.
		String subjectLine = subject == null ? null : Placeholders.text(subject, values).replaceAll("[\\r\\n]+", " ");
		return new RenderedMessage(locale, shortened(subjectLine), text, html);
	}

	/** A subject longer than a mail client shows (and the outbox keeps) ends with an ellipsis. */
	static String shortened(String subject) {
		if (subject == null || subject.length() <= MAX_SUBJECT) {
			return subject;
		}
		return subject.substring(0, MAX_SUBJECT - 1) + "…";
	}

}
