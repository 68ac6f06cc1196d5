package io.kairos.messaging;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kairos.customer.CustomerId;
import io.kairos.customer.Purpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationTests {

	static final CustomerId ID = new CustomerId(3);

	@Test
	void aMissingValueBecomesEmptyText() {
		Map<String, String> variables = new HashMap<>();
		variables.put("subject", null);

		Notification notification = new Notification("ticket.received", ID, Purpose.SERVICE, false, variables, null, "k");

		assertThat(notification.variables()).containsEntry("subject", "");
	}

	@Test
	void refusesMalformedKindsKeysAndHugeValues() {
		assertThatThrownBy(() -> new Notification("Ticket Received", ID, Purpose.SERVICE, false, Map.of(), null, "k"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Notification("ticket.received", ID, Purpose.SERVICE, false, Map.of(), null, " "))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Notification("ticket.received", ID, Purpose.SERVICE, false,
				Map.of("replyText", "x".repeat(Notification.MAX_VALUE + 1)), null, "k"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
