package io.kairos.messaging.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kairos.customer.CustomerId;
import io.kairos.messaging.gateway.DeliveryChannel;
import io.kairos.shared.paging.Keyset;
import io.kairos.shared.time.Timestamps;

/** The {@code outbound_message} table. Status changes name the status they expect, so a stale change does nothing. */
@Repository
class OutboundMessageRepository {

	private static final String VIEW_COLUMNS = """
			seq, id, kind, customer, channel, masked_address, status, attempts, reference, subject, last_error,
			created_at, sent_at, next_attempt_at""";

	private final JdbcClient jdbc;

	OutboundMessageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean hasDedupKey(String dedupKey) {
		return jdbc.sql("select count(*) from outbound_message where dedup_key = :key")
			.param("key", dedupKey)
			.query(Long.class)
			.single() > 0;
	}

	Optional<UUID> idOf(String dedupKey) {
		return jdbc.sql("select id from outbound_message where dedup_key = :key")
			.param("key", dedupKey)
			.query(UUID.class)
			.optional();
	}

	/** Inserts the message unless its dedup key exists (then false; a concurrent twin waits and then loses). */
	boolean insert(UUID id, NewMessage message, Instant now) {
		return jdbc.sql("""
				insert into outbound_message (id, kind, customer, purpose, proactive, channel, locale, masked_address,
				    subject, body, html_body, reference, dedup_key, status, attempts, next_attempt_at, created_at, updated_at,
				    staff_member)
				values (:id, :kind, :customer, :purpose, :proactive, :channel, :locale, :address,
				    :subject, :body, :html, :reference, :dedupKey, 'QUEUED', 0, :now, :now, :now, :staff)
				on conflict do nothing""")
			.param("id", id)
			.param("kind", message.kind())
			.param("customer", message.customer() == null ? null : message.customer().value())
			.param("staff", message.staffMember())
			.param("purpose", message.purpose().name())
			.param("proactive", message.proactive())
			.param("channel", message.channel().name())
			.param("locale", message.content().locale())
			.param("address", message.maskedAddress())
			.param("subject", message.content().subject())
			.param("body", message.content().text())
			.param("html", message.content().html())
			.param("reference", message.reference())
			.param("dedupKey", message.dedupKey())
			.param("now", Timestamps.utc(now))
			.update() == 1;
	}

	/** The message, locked until the transaction ends, so two deliveries of one message take turns. */
	Optional<OutboundMessage> lock(UUID id) {
		return jdbc.sql("""
				select id, kind, customer, staff_member, channel, subject, body, html_body, status, attempts,
				    next_attempt_at from outbound_message where id = :id for update""")
			.param("id", id)
			.query((rs, n) -> new OutboundMessage(rs.getObject("id", UUID.class), rs.getString("kind"),
					customer(rs.getObject("customer", Long.class)), rs.getObject("staff_member", Long.class),
					DeliveryChannel.valueOf(rs.getString("channel")),
					rs.getString("subject"), rs.getString("body"), rs.getString("html_body"),
					MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
					Timestamps.instant(rs.getObject("next_attempt_at", OffsetDateTime.class))))
			.optional();
	}

	private static CustomerId customer(Long id) {
		return id == null ? null : new CustomerId(id);
	}

	void markSent(UUID id, int attempts, Instant now) {
		jdbc.sql("""
				update outbound_message set status = 'SENT', attempts = :attempts, sent_at = :now, next_attempt_at = null,
				last_error = null, updated_at = :now where id = :id""")
			.param("attempts", attempts)
			.param("now", Timestamps.utc(now))
			.param("id", id)
			.update();
	}

	void markFailed(UUID id, MessageStatus status, int attempts, Instant nextAttemptAt, String error, Instant now) {
		jdbc.sql("""
				update outbound_message set status = :status, attempts = :attempts, next_attempt_at = :next,
				last_error = :error, updated_at = :now where id = :id""")
			.param("status", status.name())
			.param("attempts", attempts)
			.param("next", Timestamps.utc(nextAttemptAt))
			.param("error", error)
			.param("now", Timestamps.utc(now))
			.param("id", id)
			.update();
	}

	/** A dead letter back in the queue with a fresh count of attempts; false if it is not dead (any more). */
	boolean requeue(UUID id, Instant now) {
		return jdbc.sql("""
				update outbound_message set status = 'QUEUED', attempts = 0, next_attempt_at = :now, updated_at = :now
				where id = :id and status = 'DEAD'""")
			.param("now", Timestamps.utc(now))
			.param("id", id)
			.update() == 1;
	}

	/** Failed messages whose next attempt is due, and queued ones that waited longer than they should. */
	List<UUID> due(Instant now, Instant queuedBefore, int limit) {
		return jdbc.sql("""
				select id from outbound_message
				where (status = 'FAILED' and next_attempt_at <= :now) or (status = 'QUEUED' and next_attempt_at <= :queuedBefore)
				order by next_attempt_at limit :limit""")
			.param("now", Timestamps.utc(now))
			.param("queuedBefore", Timestamps.utc(queuedBefore))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	Optional<OutboundMessageView> view(UUID id) {
		return jdbc.sql("select " + VIEW_COLUMNS + " from outbound_message where id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs))
			.optional();
	}

	Keyset.Page<OutboundMessageView> page(MessageFilter filter, Keyset keyset) {
		StringBuilder sql = new StringBuilder("select " + VIEW_COLUMNS + " from outbound_message where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (filter.status() != null) {
			sql.append(" and status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.kind() != null) {
			sql.append(" and kind = :kind");
			params.put("kind", filter.kind());
		}
		if (filter.channel() != null) {
			sql.append(" and channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (keyset.after() != null) {
			sql.append(" and seq < :after");
			params.put("after", keyset.after());
		}
		sql.append(" order by seq desc limit :limit");
		params.put("limit", keyset.fetchSize());
		List<OutboundMessageView> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> view(rs)).list();
		return keyset.page(rows, OutboundMessageView::key);
	}

	List<String> kinds() {
		return jdbc.sql("select distinct kind from outbound_message order by kind").query(String.class).list();
	}

	private static OutboundMessageView view(ResultSet rs) throws SQLException {
		return new OutboundMessageView(rs.getLong("seq"), rs.getObject("id", UUID.class), rs.getString("kind"),
				rs.getLong("customer"), rs.getString("channel"), rs.getString("masked_address"), rs.getString("status"),
				rs.getInt("attempts"), rs.getString("reference"), rs.getString("subject"), rs.getString("last_error"),
				Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class)),
				Timestamps.instant(rs.getObject("sent_at", OffsetDateTime.class)),
				Timestamps.instant(rs.getObject("next_attempt_at", OffsetDateTime.class)));
	}

}
