package io.kairos.messaging.cap;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerId;
import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/**
 * The frequency caps (SPEC §2.9), checked for every proactive message. A check first locks the row of the
 * customer and kind in {@code message_cap_lock} (select ... for update) and holds it until the requesting
 * transaction ends, so concurrent requests for one customer count one after another and never both pass.
 * Each message a cap holds back is recorded and counted per kind.
 */
@Service
public class FrequencyCaps {

	static final int MAX_MESSAGES = 1000;

	static final int MAX_WINDOW_HOURS = 24 * 366;

	private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	FrequencyCaps(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether one more proactive message of the kind may go to the customer now; if not, the suppression is
	 * recorded. Must run in the transaction that then stores the message, which keeps the lock until it commits.
	 */
	@Transactional
	public boolean admit(CustomerId customer, String kind, String reference) {
		Optional<FrequencyCap> cap = find(kind);
		if (cap.isEmpty()) {
			return true;
		}
		lock(customer, kind);
		Instant now = clock.instant();
		long sent = jdbc.sql("""
				select count(*) from outbound_message
				where customer = :customer and kind = :kind and proactive = true and created_at > :since""")
			.param("customer", customer.value())
			.param("kind", kind)
			.param("since", Timestamps.utc(cap.get().windowStart(now)))
			.query(Long.class)
			.single();
		if (cap.get().admits(sent)) {
			return true;
		}
		jdbc.sql("""
				insert into message_suppression (kind, customer, reference, suppressed_at)
				values (:kind, :customer, :reference, :at)""")
			.param("kind", kind)
			.param("customer", customer.value())
			.param("reference", reference)
			.param("at", Timestamps.utc(now))
			.update();
		return false;
	}

	/** The first request for a customer and kind creates the row; "do nothing" waits for a concurrent creator. */
	private void lock(CustomerId customer, String kind) {
		jdbc.sql("insert into message_cap_lock (customer, kind) values (:customer, :kind) on conflict do nothing")
			.param("customer", customer.value())
			.param("kind", kind)
			.update();
		jdbc.sql("select customer from message_cap_lock where customer = :customer and kind = :kind for update")
			.param("customer", customer.value())
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public Optional<FrequencyCap> find(String kind) {
		return jdbc.sql("select kind, max_messages, window_hours, version from message_cap where kind = :kind")
			.param("kind", kind)
			.query((rs, n) -> new FrequencyCap(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
			.optional();
	}

	@Transactional(readOnly = true)
	public List<CapView> overview() {
		return jdbc.sql("""
				select c.kind, c.max_messages, c.window_hours, c.version,
				       (select count(*) from message_suppression s where s.kind = c.kind) as suppressed
				from message_cap c order by c.kind""")
			.query((rs, n) -> new CapView(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getLong(5)))
			.list();
	}

	/** How many messages of the kind caps have held back, all customers together. */
	@Transactional(readOnly = true)
	public long suppressed(String kind) {
		return jdbc.sql("select count(*) from message_suppression where kind = :kind")
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	/** Creates or changes the cap of a kind (audited with before and after). */
	@Transactional
	public FrequencyCap set(CapChange change) {
		String kind = change.kind() == null ? null : change.kind().strip();
		if (kind == null || kind.isEmpty()) {
			throw ProblemException.invalid("kind", "validation.required");
		}
		if (kind.length() > 64 || !KIND.matcher(kind).matches()) {
			throw ProblemException.invalid("kind", "validation.messaging.kind");
		}
		if (change.maxMessages() == null) {
			throw ProblemException.invalid("maxMessages", "validation.required");
		}
		if (change.maxMessages() < 0 || change.maxMessages() > MAX_MESSAGES) {
			throw ProblemException.invalid("maxMessages", "validation.messaging.range", 0, MAX_MESSAGES);
		}
		if (change.windowHours() == null) {
			throw ProblemException.invalid("windowHours", "validation.required");
		}
		if (change.windowHours() < 1 || change.windowHours() > MAX_WINDOW_HOURS) {
			throw ProblemException.invalid("windowHours", "validation.messaging.range", 1, MAX_WINDOW_HOURS);
		}
		Optional<FrequencyCap> before = find(kind);
		Instant now = clock.instant();
		if (before.isEmpty()) {
			jdbc.sql("""
					insert into message_cap (kind, max_messages, window_hours, version, updated_at)
					values (:kind, :max, :hours, 0, :at)""")
				.param("kind", kind)
				.param("max", change.maxMessages())
				.param("hours", change.windowHours())
				.param("at", Timestamps.utc(now))
				.update();
		}
		else {
			if (change.version() == null) {
				throw ProblemException.invalid("kind", "validation.messaging.cap-exists");
			}
			if (change.version() != before.get().version()) {
				throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
			}
			jdbc.sql("""
					update message_cap set max_messages = :max, window_hours = :hours, version = version + 1,
					updated_at = :at where kind = :kind and version = :version""")
				.param("kind", kind)
				.param("max", change.maxMessages())
				.param("hours", change.windowHours())
				.param("version", before.get().version())
				.param("at", Timestamps.utc(now))
				.update();
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		before.ifPresent(cap -> detail.put("before", cap.maxMessages() + " per " + cap.windowHours() + "h"));
		detail.put("after", change.maxMessages() + " per " + change.windowHours() + "h");
		audit.record("messaging.cap.changed", "message_cap", kind, detail);
		return find(kind).orElseThrow();
	}

}
