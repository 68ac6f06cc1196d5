package io.kairos.messaging.gateway;

import org.springframework.stereotype.Service;

/** Hands a message to the sender for its channel: e-mail over SMTP, everything else to the text gateway. */
@Service
public class Gateways {

	private final EmailSender email;

	private final TextGateway text;

	Gateways(EmailSender email, TextGateway text) {
		this.email = email;
		this.text = text;
	}

	/** Sends, or throws when the channel's sender failed. */
	public void send(Outgoing message) {
		if (message.channel() == DeliveryChannel.EMAIL) {
			email.send(message);
		}
		else {
			text.send(message);
		}
	}

}
