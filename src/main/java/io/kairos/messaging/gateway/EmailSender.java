package io.kairos.messaging.gateway;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP ({@code spring.mail.host}), as a text part and an HTML part. The Message-ID is the outbound
 * message's stable id, {@code <id@kairos>}, so a resend after a crash is recognisable as the same mail. Without an
 * SMTP host (the embedded demo) e-mail goes to the gateway log like the other channels.
 */
@Component
class EmailSender {

	private final ObjectProvider<JavaMailSender> mail;

	private final GatewayLog log;

	private final String from;

	EmailSender(ObjectProvider<JavaMailSender> mail, GatewayLog log,
			@Value("${kairos.messaging.mail-from:service@kairos.local}") String from) {
		this.mail = mail;
		this.log = log;
		this.from = from;
	}

	static String messageId(java.util.UUID id) {
		return "<" + id + "@kairos>";
	}

	void send(Outgoing message) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.record(message);
			return;
		}
		sender.send(mime(sender, message));
	}

	private MimeMessage mime(JavaMailSender sender, Outgoing message) {
		try {
			MimeMessage mime = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(message.address());
			helper.setSubject(message.subject() == null ? "" : message.subject());
			helper.setText(message.text(), message.html());
			// JavaMailSenderImpl keeps a Message-ID set before sending.
			mime.setHeader("Message-ID", messageId(message.id()));
			return mime;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
	}

}
