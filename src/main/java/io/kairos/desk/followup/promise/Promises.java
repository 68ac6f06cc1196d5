package io.kairos.desk.followup.promise;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerId;
import io.kairos.desk.PromiseMade;
import io.kairos.desk.PromiseOverdue;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketStatusChanged;
import io.kairos.desk.ticket.Ticket;
import io.kairos.desk.ticket.TicketHistory;
import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewer;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/**
 * Promises made to customers on tickets (SPEC §2.6). Settling: the owner marks a promise KEPT or BROKEN; a
 * promise past due is marked OVERDUE once by the scan (and {@link PromiseOverdue} published with it); when its
 * ticket closes, an unsettled promise not yet due counts as KEPT (the matter was closed in time) and one past due
 * as BROKEN. Every change is in the ticket's history.
 */
@Service
public class Promises {

	static final int MAX_TEXT = 1000;

	static final int MAX_LABEL = 50;

	private final JdbcClient jdbc;

	private final Tickets tickets;

	private final TicketHistory history;

	private final StaffDirectory staff;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Promises(JdbcClient jdbc, Tickets tickets, TicketHistory history, StaffDirectory staff,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.tickets = tickets;
		this.history = history;
		this.staff = staff;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public PromiseView make(long ticketId, NewPromise command, Viewer viewer) {
		Ticket ticket = tickets.get(ticketId, viewer);
		if (ticket.status() == TicketStatus.CLOSED) {
			throw ProblemException.conflict("problem.ticket.closed");
		}
		Instant now = clock.instant();
		PromiseKind kind = command.kind() == null ? PromiseKind.OTHER : command.kind();
		String what = text("what", command.what(), MAX_TEXT, true);
		String label = text("kindLabel", command.kindLabel(), MAX_LABEL, false);
		Instant due = futureDue(command.dueAt(), now);
		long owner = command.ownerId() != null ? command.ownerId()
				: Objects.requireNonNull(viewer.staffId(), "a promise made by Kairos names its owner");
		if (staff.find(owner).filter(StaffMember::enabled).isEmpty()) {
			throw ProblemException.invalid("ownerId", "problem.promise.owner.unknown");
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into ticket_promise (ticket_id, team_id, kind, kind_label, description, due_at, owner_id, status,
				created_by, created_at, version)
				values (:ticket, :team, :kind, :label, :what, :due, :owner, 'OPEN', :by, :at, 0)""")
			.param("ticket", ticketId)
			.param("team", ticket.teamId())
			.param("kind", kind.name())
			.param("label", label)
			.param("what", what)
			.param("due", Timestamps.utc(due))
			.param("owner", owner)
			.param("by", viewer.staffId())
			.param("at", Timestamps.utc(now))
			.update(keys, "id");
		long id = Objects.requireNonNull(keys.getKey()).longValue();
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("promiseId", id);
		detail.put("kind", kind.name());
		detail.put("dueAt", due.toString());
		detail.put("ownerId", owner);
		history.record(ticketId, viewer.staffId(), "promise.made", detail, now);
		events.publishEvent(new PromiseMade(id, ticketId, new CustomerId(ticket.customerId()), what, due, owner, now));
		return find(id);
	}

	@Transactional(readOnly = true)
	public List<PromiseView> of(long ticketId, Viewer viewer) {
		tickets.get(ticketId, viewer);
		return jdbc.sql(PromiseView.COLUMNS + " where ticket_id = :ticket order by due_at, id")
			.param("ticket", ticketId)
			.query(PromiseView::map)
			.list();
	}

	/** The promise if the viewer may see its ticket; otherwise the same 404 as for a missing one. */
	@Transactional(readOnly = true)
	public PromiseView get(long id, Viewer viewer) {
		PromiseView promise = jdbc.sql(PromiseView.COLUMNS + " where id = :id")
			.param("id", id)
			.query(PromiseView::map)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("problem.promise.not-found"));
		try {
			tickets.get(promise.ticketId(), viewer);
		}
		catch (ProblemException hidden) {
			throw ProblemException.notFound("problem.promise.not-found");
		}
		return promise;
	}

	/** Settles a promise (KEPT, or BROKEN with a note) or moves its due time (with a reason) while it is open. */
	@Transactional
	public PromiseView change(long id, long expectedVersion, PromiseChange change, Viewer viewer) {
		PromiseView promise = get(id, viewer);
		if (promise.version() != expectedVersion) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		if (promise.status().settled()) {
			throw ProblemException.conflict("problem.promise.settled");
		}
		Instant now = clock.instant();
		if (change.status() != null) {
			if (!change.status().settled()) {
				throw ProblemException.invalid("status", "problem.promise.status");
			}
			String note = text("note", change.note(), MAX_TEXT, change.status() == PromiseStatus.BROKEN);
			settle(promise, change.status(), note, viewer.staffId(), now, false);
		}
		else if (change.dueAt() != null) {
			if (promise.status() != PromiseStatus.OPEN) {
				throw ProblemException.conflict("problem.promise.overdue-settle");
			}
			String reason = text("reason", change.reason(), MAX_TEXT, true);
			Instant due = futureDue(change.dueAt(), now);
			update(promise, "update ticket_promise set due_at = :due, version = version + 1 where id = :id and version = :version",
					Map.of("due", Timestamps.utc(due)));
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("promiseId", id);
			detail.put("from", promise.dueAt().toString());
			detail.put("to", due.toString());
			detail.put("reason", reason);
			history.record(promise.ticketId(), viewer.staffId(), "promise.rescheduled", detail, now);
		}
		else {
			throw ProblemException.invalid("status", "problem.promise.change-missing");
		}
		return find(id);
	}

	/** Open promises whose due time has passed, oldest first (the scan's work list). */
	@Transactional(readOnly = true)
	public List<Long> pastDue(Instant now, int limit) {
		return jdbc.sql("select id from ticket_promise where status = 'OPEN' and due_at <= :now order by due_at, id")
			.param("now", Timestamps.utc(now))
			.query(Long.class)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/**
	 * Marks one promise OVERDUE and publishes {@link PromiseOverdue}. The conditional update is the claim: of two
	 * nodes (or two runs) only the one that moves the row from OPEN publishes, so the event goes out once.
	 */
	@Transactional
	public boolean markOverdue(long id, Instant now) {
		int claimed = jdbc.sql("""
				update ticket_promise set status = 'OVERDUE', overdue_at = :now, version = version + 1
				where id = :id and status = 'OPEN' and due_at <= :now""")
			.param("now", Timestamps.utc(now))
			.param("id", id)
			.update();
		if (claimed == 0) {
			return false;
		}
		PromiseView promise = find(id);
		history.record(promise.ticketId(), null, "promise.overdue",
				Map.of("promiseId", id, "dueAt", promise.dueAt().toString()), now);
		events.publishEvent(new PromiseOverdue(id, promise.ticketId(), promise.ownerId(), promise.teamId(),
				promise.dueAt(), now));
		return true;
	}

	/** Closing a ticket settles its open promises, in the closing transaction. */
	@EventListener
	void ticketClosed(TicketStatusChanged event) {
		if (event.to() != TicketStatus.CLOSED) {
			return;
		}
		List<PromiseView> open = jdbc.sql(PromiseView.COLUMNS + " where ticket_id = :ticket and status in ('OPEN', 'OVERDUE')")
			.param("ticket", event.ticketId())
			.query(PromiseView::map)
			.list();
		for (PromiseView promise : open) {
			PromiseStatus outcome = promise.dueAt().isAfter(event.at()) ? PromiseStatus.KEPT : PromiseStatus.BROKEN;
			settle(promise, outcome, null, event.actorId(), event.at(), true);
		}
	}

	private void settle(PromiseView promise, PromiseStatus outcome, String note, Long actorId, Instant now,
			boolean onClose) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("status", outcome.name());
		values.put("note", note);
		values.put("at", Timestamps.utc(now));
		values.put("by", actorId);
		update(promise, """
				update ticket_promise set status = :status, note = :note, settled_at = :at, settled_by = :by,
				version = version + 1 where id = :id and version = :version""", values);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("promiseId", promise.id());
		detail.put("status", outcome.name());
		detail.put("onClose", onClose);
		if (note != null) {
			detail.put("note", note);
		}
		history.record(promise.ticketId(), actorId, outcome == PromiseStatus.KEPT ? "promise.kept" : "promise.broken",
				detail, now);
		events.publishEvent(new io.kairos.desk.PromiseSettled(promise.id(), promise.ticketId(),
				outcome == PromiseStatus.KEPT, actorId, now));
	}

	private void update(PromiseView promise, String sql, Map<String, Object> values) {
		int changed = jdbc.sql(sql).params(values).param("id", promise.id()).param("version", promise.version()).update();
		if (changed == 0) {
			throw ProblemException.conflict("problem.concurrent-change");
		}
	}

	private PromiseView find(long id) {
		return jdbc.sql(PromiseView.COLUMNS + " where id = :id").param("id", id).query(PromiseView::map).single();
	}

	private static Instant futureDue(Instant due, Instant now) {
		if (due == null) {
			throw ProblemException.invalid("dueAt", "validation.required");
		}
		if (!due.isAfter(now)) {
			throw ProblemException.invalid("dueAt", "problem.promise.due-past");
		}
		return due;
	}

	private static String text(String field, String text, int max, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				throw ProblemException.invalid(field, "validation.required");
			}
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > max || stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
			throw ProblemException.invalid(field, "problem.promise.text", max);
		}
		return stripped;
	}

	public record NewPromise(PromiseKind kind, String kindLabel, String what, Instant dueAt, Long ownerId) {
	}

	public record PromiseChange(PromiseStatus status, String note, Instant dueAt, String reason) {
	}

}
