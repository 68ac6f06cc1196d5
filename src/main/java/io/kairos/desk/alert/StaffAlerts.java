package io.kairos.desk.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.PromiseOverdue;
import io.kairos.desk.SlaBreached;
import io.kairos.desk.SlaWarningReached;
import io.kairos.desk.TicketEscalated;
import io.kairos.desk.team.Teams;
import io.kairos.shared.time.Timestamps;

/**
 * Alerts for the desk's own people: an SLA warning or breach goes to the ticket's assignee (to the team's
 * supervisors while nobody holds it) when its policy asks to notify; an overdue promise to its owner; an escalation
 * to the supervisors it names. Written in the transaction that publishes the cause, which the SLA scanner and the
 * promise job publish exactly once, so each alert exists once.
 */
@Service
class StaffAlerts {

	private final JdbcClient jdbc;

	private final Teams teams;

	private final Clock clock;

	StaffAlerts(JdbcClient jdbc, Teams teams, Clock clock) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.clock = clock;
	}

	@EventListener
	void warned(SlaWarningReached warning) {
		if (warning.notifyStaff()) {
			alert(holders(warning.assigneeId(), warning.teamId()), warning.ticketId(), AlertKind.SLA_WARNING,
					warning.target().name(), warning.dueAt());
		}
	}

	@EventListener
	void breached(SlaBreached breach) {
		if (breach.notifyStaff()) {
			alert(holders(breach.assigneeId(), breach.teamId()), breach.ticketId(), AlertKind.SLA_BREACHED,
					breach.target().name(), breach.dueAt());
		}
	}

	@EventListener
	void escalated(TicketEscalated escalation) {
		alert(Set.copyOf(escalation.supervisorIds()), escalation.ticketId(), AlertKind.ESCALATED,
				escalation.target().name(), escalation.dueAt());
	}

	@EventListener
	void overdue(PromiseOverdue overdue) {
		alert(Set.of(overdue.ownerId()), overdue.ticketId(), AlertKind.PROMISE_OVERDUE, null, overdue.dueAt());
	}

	@Transactional(readOnly = true)
	List<StaffAlert> unread(long staffId, int limit) {
		return jdbc.sql("""
				select a.id, a.ticket_id, t.number, t.subject, a.kind, a.target, a.due_at, a.created_at
				from staff_alert a join ticket t on t.id = a.ticket_id
				where a.staff_id = :staff and a.read_at is null order by a.id desc fetch first :limit rows only""")
			.param("staff", staffId)
			.param("limit", limit)
			.query((rs, n) -> new StaffAlert(rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("number"),
					rs.getString("subject"), rs.getString("kind"), rs.getString("target"), instant(rs.getTimestamp("due_at")),
					instant(rs.getTimestamp("created_at"))))
			.list();
	}

	@Transactional(readOnly = true)
	long unreadCount(long staffId) {
		return jdbc.sql("select count(*) from staff_alert where staff_id = :staff and read_at is null")
			.param("staff", staffId)
			.query(Long.class)
			.single();
	}

	/** Marks all of a person's alerts read; returns how many were unread. */
	@Transactional
	int markAllRead(long staffId) {
		return jdbc.sql("update staff_alert set read_at = :now where staff_id = :staff and read_at is null")
			.param("now", Timestamps.utc(clock.instant()))
			.param("staff", staffId)
			.update();
	}

	/** Whoever holds the ticket: its assignee, or else its team's enabled supervisors. */
	private Set<Long> holders(Long assigneeId, Long teamId) {
		if (assigneeId != null) {
			return Set.of(assigneeId);
		}
		return new LinkedHashSet<>(teams.supervisorsOf(teamId));
	}

	private void alert(Set<Long> recipients, long ticketId, AlertKind kind, String target, Instant dueAt) {
		Instant now = clock.instant();
		List<Long> ordered = new ArrayList<>(recipients);
		for (Long staffId : ordered) {
			jdbc.sql("""
					insert into staff_alert (staff_id, ticket_id, kind, target, due_at, created_at)
					values (:staff, :ticket, :kind, :target, :due, :now)""")
				.param("staff", staffId)
				.param("ticket", ticketId)
				.param("kind", kind.name())
				.param("target", target)
				.param("due", dueAt == null ? null : Timestamps.utc(dueAt))
				.param("now", Timestamps.utc(now))
				.update();
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** An unread alert with the ticket it is about. */
	record StaffAlert(long id, long ticketId, String number, String subject, String kind, String target, Instant dueAt,
			Instant createdAt) {
	}

}
