package io.kairos.messaging.gateway;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.shared.paging.Keyset;
import io.kairos.shared.time.Timestamps;

/** The built-in gateway's record of what it "sent": masked address, subject and text. */
@Service
public class GatewayLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	GatewayLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void record(Outgoing message) {
		jdbc.sql("""
				insert into gateway_message (message_id, channel, masked_address, subject, body, sent_at)
				values (:id, :channel, :address, :subject, :body, :at)""")
			.param("id", message.id())
			.param("channel", message.channel().name())
			.param("address", message.channel().mask(message.address()))
			.param("subject", message.subject())
			.param("body", message.text())
			.param("at", Timestamps.utc(clock.instant()))
			.update();
	}

	@Transactional(readOnly = true)
	public Keyset.Page<Entry> page(Keyset keyset) {
		String after = keyset.after() == null ? "" : " where id < :after";
		List<Entry> rows = jdbc.sql("""
				select id, message_id, channel, masked_address, subject, body, sent_at from gateway_message%s
				order by id desc limit :limit""".formatted(after))
			.param("after", keyset.after() == null ? 0L : keyset.after())
			.param("limit", keyset.fetchSize())
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("message_id", java.util.UUID.class),
					rs.getString("channel"), rs.getString("masked_address"), rs.getString("subject"),
					rs.getString("body"), Timestamps.instant(rs.getObject("sent_at", java.time.OffsetDateTime.class))))
			.list();
		return keyset.page(rows, Entry::key);
	}

	/** One logged message, its address masked. */
	public record Entry(long key, java.util.UUID messageId, String channel, String maskedAddress, String subject,
			String body, Instant sentAt) {
	}

}
