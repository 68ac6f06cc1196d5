package io.kairos.messaging.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.customer.CustomerDataContributor;
import io.kairos.customer.CustomerId;
import io.kairos.shared.time.Timestamps;

/**
 * The messages sent to a customer in their export; on erasure their texts are blanked (they hold names and
 * ticket details), the masked addresses removed and unsent messages given up, keeping kinds and dates for counts.
 */
@Component
class MessagingCustomerData implements CustomerDataContributor {

	private final JdbcClient jdbc;

	MessagingCustomerData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "messages";
	}

	@Override
	public Object export(CustomerId customer) {
		List<SentMessage> messages = jdbc.sql("""
				select kind, channel, status, subject, body, created_at, sent_at from outbound_message
				where customer = :customer order by seq""")
			.param("customer", customer.value())
			.query((rs, n) -> new SentMessage(rs.getString("kind"), rs.getString("channel"), rs.getString("status"),
					rs.getString("subject"), rs.getString("body"),
					Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class)),
					Timestamps.instant(rs.getObject("sent_at", OffsetDateTime.class))))
			.list();
		return messages.isEmpty() ? null : messages;
	}

	@Override
	public void erase(CustomerId customer) {
		jdbc.sql("""
				update gateway_message set masked_address = null, subject = null, body = :erased
				where message_id in (select id from outbound_message where customer = :customer)""")
			.param("erased", ERASED_TEXT)
			.param("customer", customer.value())
			.update();
		jdbc.sql("""
				update outbound_message set masked_address = null, subject = case when subject is null then null else :erased end,
				body = :erased, html_body = null,
				status = case when status = 'SENT' then status else 'DEAD' end,
				last_error = case when status = 'SENT' then last_error else 'customer erased' end
				where customer = :customer""")
			.param("erased", ERASED_TEXT)
			.param("customer", customer.value())
			.update();
	}

	record SentMessage(String kind, String channel, String status, String subject, String body, Instant createdAt,
			Instant sentAt) {
	}

}
