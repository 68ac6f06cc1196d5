package io.kairos.desk.followup.callback;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerId;
import io.kairos.desk.CallbackDue;
import io.kairos.desk.TicketResolved;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketStatusChanged;
import io.kairos.desk.ticket.Ticket;
import io.kairos.desk.ticket.TicketHistory;
import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewer;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/**
 * Callbacks after resolution (SPEC §2.7). Resolving a ticket schedules one for its assignee; the scan marks it DUE
 * and publishes {@link CallbackDue} once; the outcome is recorded (not satisfied reopens the ticket, unreachable
 * tries again up to a limit). Reopening a ticket cancels its open callback. Everything is in the ticket's history.
 * <p>
 * The listeners run inside the resolving (or reopening) transaction: the callback is the desk's own record of
 * the same fact, so a resolved ticket without its callback can never be committed, and no outbox round is needed.
 */
@Service
public class Callbacks {

	static final int MAX_NOTE = 1000;

	private static final int MAX_LIST = 200;

	private final JdbcClient jdbc;

	private final Tickets tickets;

	private final TicketHistory history;

	private final CallbackSchedule schedule;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Callbacks(JdbcClient jdbc, Tickets tickets, TicketHistory history, CallbackSchedule schedule,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.tickets = tickets;
		this.history = history;
		this.schedule = schedule;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void resolved(TicketResolved event) {
		long open = jdbc.sql("select count(*) from ticket_callback where ticket_id = :ticket and status in ('PENDING', 'DUE')")
			.param("ticket", event.ticketId())
			.query(Long.class)
			.single();
		if (open > 0) {
			return;
		}
		Instant due = schedule.dueAfter(event);
		jdbc.sql("""
				insert into ticket_callback (ticket_id, assignee_id, status, due_at, attempts, created_at, version)
				values (:ticket, :assignee, 'PENDING', :due, 0, :at, 0)""")
			.param("ticket", event.ticketId())
			.param("assignee", event.assigneeId())
			.param("due", Timestamps.utc(due))
			.param("at", Timestamps.utc(event.at()))
			.update();
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("dueAt", due.toString());
		detail.put("assigneeId", event.assigneeId());
		history.record(event.ticketId(), null, "callback.scheduled", detail, event.at());
	}

	@EventListener
	void reopened(TicketStatusChanged event) {
		if (event.from() != TicketStatus.RESOLVED || event.to() == TicketStatus.CLOSED) {
			return;
		}
		int cancelled = jdbc.sql("""
				update ticket_callback set status = 'CANCELLED', version = version + 1
				where ticket_id = :ticket and status in ('PENDING', 'DUE')""")
			.param("ticket", event.ticketId())
			.update();
		if (cancelled > 0) {
			history.record(event.ticketId(), event.actorId(), "callback.cancelled", Map.of("reason", "reopened"),
					event.at());
		}
	}

	/** Callbacks of one assignee, optionally of one status, by due time. Tickets the viewer may not see are left out. */
	@Transactional(readOnly = true)
	public List<CallbackView> assignedTo(long assigneeId, CallbackStatus status, Viewer viewer) {
		String sql = CallbackView.COLUMNS + " where c.assignee_id = :assignee"
				+ (status == null ? "" : " and c.status = :status") + " order by c.due_at, c.id";
		var query = jdbc.sql(sql).param("assignee", assigneeId);
		if (status != null) {
			query = query.param("status", status.name());
		}
		List<CallbackView> visible = new ArrayList<>();
		for (CallbackView callback : query.query(CallbackView::map).list()) {
			if (visible.size() == MAX_LIST) {
				break;
			}
			if (maySee(callback.ticketId(), viewer)) {
				visible.add(callback);
			}
		}
		return visible;
	}

	@Transactional(readOnly = true)
	public List<CallbackView> of(long ticketId, Viewer viewer) {
		tickets.get(ticketId, viewer);
		return jdbc.sql(CallbackView.COLUMNS + " where c.ticket_id = :ticket order by c.id")
			.param("ticket", ticketId)
			.query(CallbackView::map)
			.list();
	}

	@Transactional(readOnly = true)
	public CallbackView get(long id, Viewer viewer) {
		CallbackView callback = find(id).orElseThrow(() -> ProblemException.notFound("problem.callback.not-found"));
		if (!maySee(callback.ticketId(), viewer)) {
			throw ProblemException.notFound("problem.callback.not-found");
		}
		return callback;
	}

	/** Records what the call found. Returns the callback and whether the ticket was reopened. */
	@Transactional
	public Recorded record(long id, CallbackOutcome outcome, String note, Viewer viewer) {
		CallbackView callback = get(id, viewer);
		if (!callback.open()) {
			throw ProblemException.conflict("problem.callback.closed");
		}
		if (outcome == null) {
			throw ProblemException.invalid("outcome", "validation.required");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > MAX_NOTE) {
			throw ProblemException.invalid("note", "problem.promise.text", MAX_NOTE);
		}
		Instant now = clock.instant();
		int attempts = callback.attempts() + 1;
		boolean retry = outcome == CallbackOutcome.UNREACHABLE && attempts < schedule.maxAttempts();
		int changed;
		if (retry) {
			changed = jdbc.sql("""
					update ticket_callback set attempts = :attempts, note = :note, due_at = :due, version = version + 1
					where id = :id and version = :version""")
				.param("attempts", attempts)
				.param("note", text)
				.param("due", Timestamps.utc(schedule.retryAt(now)))
				.param("id", id)
				.param("version", callback.version())
				.update();
		}
		else {
			changed = jdbc.sql("""
					update ticket_callback set status = 'DONE', attempts = :attempts, outcome = :outcome, note = :note,
					completed_at = :at, completed_by = :by, version = version + 1 where id = :id and version = :version""")
				.param("attempts", attempts)
				.param("outcome", outcome.name())
				.param("note", text)
				.param("at", Timestamps.utc(now))
				.param("by", viewer.staffId())
				.param("id", id)
				.param("version", callback.version())
				.update();
		}
		if (changed == 0) {
			throw new ProblemException(HttpStatus.CONFLICT, "problem.concurrent-change", null);
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("callbackId", id);
		detail.put("outcome", outcome.name());
		detail.put("attempt", attempts);
		if (text != null) {
			detail.put("note", text);
		}
		history.record(callback.ticketId(), viewer.staffId(), retry ? "callback.retry" : "callback.completed", detail, now);
		if (!retry) {
			events.publishEvent(new io.kairos.desk.CallbackCompleted(id, callback.ticketId(), outcome.name(),
					viewer.staffId(), now));
		}
		boolean reopened = false;
		if (outcome == CallbackOutcome.NOT_SATISFIED) {
			Ticket ticket = tickets.get(callback.ticketId(), viewer);
			if (ticket.status() == TicketStatus.RESOLVED) {
				tickets.move(callback.ticketId(), TicketStatus.OPEN, viewer);
				reopened = true;
			}
		}
		return new Recorded(find(id).orElseThrow(), reopened);
	}

	/** Pending callbacks whose due time has passed (the scan's work list). */
	@Transactional(readOnly = true)
	public List<Long> fallingDue(Instant now, int limit) {
		return jdbc.sql("select id from ticket_callback where status = 'PENDING' and due_at <= :now order by due_at, id")
			.param("now", Timestamps.utc(now))
			.query(Long.class)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/** Marks a callback DUE and publishes {@link CallbackDue}; the conditional update is the claim, so once only. */
	@Transactional
	public boolean markDue(long id, Instant now) {
		int claimed = jdbc.sql("""
				update ticket_callback set status = 'DUE', due_since = :now, version = version + 1
				where id = :id and status = 'PENDING' and due_at <= :now""")
			.param("now", Timestamps.utc(now))
			.param("id", id)
			.update();
		if (claimed == 0) {
			return false;
		}
		CallbackView callback = find(id).orElseThrow();
		long customer = jdbc.sql("select customer_id from ticket where id = :ticket")
			.param("ticket", callback.ticketId())
			.query(Long.class)
			.single();
		history.record(callback.ticketId(), null, "callback.due", Map.of("callbackId", id), now);
		events.publishEvent(new CallbackDue(id, callback.ticketId(), new CustomerId(customer), callback.assigneeId(),
				callback.dueAt(), now));
		return true;
	}

	private java.util.Optional<CallbackView> find(long id) {
		return jdbc.sql(CallbackView.COLUMNS + " where c.id = :id").param("id", id).query(CallbackView::map).optional();
	}

	private boolean maySee(long ticketId, Viewer viewer) {
		try {
			tickets.get(ticketId, viewer);
			return true;
		}
		catch (ProblemException hidden) {
			return false;
		}
	}

	public record Recorded(CallbackView callback, boolean reopened) {
	}

}
