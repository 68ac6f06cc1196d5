package io.kairos.messaging.outbox;

import java.util.Locale;

import io.kairos.messaging.gateway.DeliveryChannel;
import io.kairos.shared.api.ProblemException;

/** Filters of the message listing; each is optional. Unknown status or channel codes are refused (400). */
record MessageFilter(MessageStatus status, String kind, DeliveryChannel channel) {

	static MessageFilter of(String status, String kind, String channel) {
		return new MessageFilter(parse("status", status, MessageStatus.class), blankToNull(kind),
				parse("channel", channel, DeliveryChannel.class));
	}

	private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw ProblemException.invalid(field, "validation.messaging.unknown-code", value.strip());
		}
	}

	private static String blankToNull(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > 64) {
			throw ProblemException.invalid("kind", "validation.messaging.kind");
		}
		return value.strip();
	}

}
