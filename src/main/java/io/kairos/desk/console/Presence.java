package io.kairos.desk.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.shared.time.Timestamps;

/**
 * The collision hint: who else has a ticket open, and whether they are writing a reply. Each open ticket page
 * beats every 15 seconds; a beat older than {@link #WINDOW} means the page is gone.
 */
@Component
class Presence {

	static final Duration WINDOW = Duration.ofSeconds(45);

	private final JdbcClient jdbc;

	private final DeskNames names;

	private final Clock clock;

	Presence(JdbcClient jdbc, DeskNames names, Clock clock) {
		this.jdbc = jdbc;
		this.names = names;
		this.clock = clock;
	}

	/** Records that {@code staffId} has the ticket open (typing or not) and answers who else has. */
	@Transactional
	List<Colleague> beat(long ticketId, long staffId, boolean typing) {
		Instant now = clock.instant();
		jdbc.sql("delete from ticket_presence where last_seen < :stale")
			.param("stale", Timestamps.utc(now.minus(WINDOW.multipliedBy(4))))
			.update();
		if (touch(ticketId, staffId, typing, now) == 0) {
			try {
				jdbc.sql("insert into ticket_presence (ticket_id, staff_id, last_seen, typing) values (:ticket, :staff, :now, :typing)")
					.param("ticket", ticketId)
					.param("staff", staffId)
					.param("now", Timestamps.utc(now))
					.param("typing", typing)
					.update();
			}
			catch (DuplicateKeyException sameMomentOtherTab) {
				touch(ticketId, staffId, typing, now);
			}
		}
		return jdbc.sql("""
				select staff_id, typing from ticket_presence
				where ticket_id = :ticket and staff_id <> :staff and last_seen >= :since order by staff_id""")
			.param("ticket", ticketId)
			.param("staff", staffId)
			.param("since", Timestamps.utc(now.minus(WINDOW)))
			.query((rs, n) -> new Colleague(names.staffName(rs.getLong("staff_id")), rs.getBoolean("typing")))
			.list();
	}

	private int touch(long ticketId, long staffId, boolean typing, Instant now) {
		return jdbc.sql("update ticket_presence set last_seen = :now, typing = :typing where ticket_id = :ticket and staff_id = :staff")
			.param("now", Timestamps.utc(now))
			.param("typing", typing)
			.param("ticket", ticketId)
			.param("staff", staffId)
			.update();
	}

	/** Another member of staff on the same ticket. */
	record Colleague(String name, boolean typing) {
	}

}
