package io.kairos.desk.sla;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.kairos.desk.BusinessCalendars;
import io.kairos.desk.SlaTarget;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.sla.SlaSchedule.Deadline;
import io.kairos.desk.sla.SlaSchedule.Inputs;
import io.kairos.desk.sla.SlaSchedule.StatusMove;
import io.kairos.desk.ticket.Ticket;
import io.kairos.desk.ticket.TicketHistory;
import io.kairos.shared.time.calendar.Pause;
import io.kairos.shared.time.calendar.SlaClock;

/**
 * Computes a ticket's SLA due times from the policy that matches it. The ticket services call it on every event
 * that moves a clock (creation, status change, reply, reprioritisation) and store the answer on the ticket.
 * <p>
 * It only gathers the inputs of {@link SlaSchedule}: the matching policy and its calendar, the status moves from
 * the ticket's history (the pauses; the move being made is not in the history yet, so a stop it ends is closed at
 * {@code now}), and the customer message waiting for a reply from the conversation. Because it runs in the
 * ticket's transaction it also records the outcome of each target that is met now, and of every target when
 * the ticket resolves; after that a resolved or closed ticket keeps its due times.
 */
@Component
public class SlaClocks {

	private final SlaPolicies policies;

	private final BusinessCalendars calendars;

	private final TicketHistory history;

	private final SlaOutcomes outcomes;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SlaClocks(SlaPolicies policies, BusinessCalendars calendars, TicketHistory history, SlaOutcomes outcomes,
			JdbcClient jdbc, JsonMapper json) {
		this.policies = policies;
		this.calendars = calendars;
		this.history = history;
		this.outcomes = outcomes;
		this.jdbc = jdbc;
		this.json = json;
	}

	public SlaDue dueFor(Ticket ticket, Instant now) {
		if (!ticket.status().isActive()) {
			boolean resolvingNow = ticket.status() == TicketStatus.RESOLVED && now.equals(ticket.resolvedAt());
			return resolvingNow ? resolving(ticket, now) : kept(ticket);
		}
		Optional<SlaPolicy> policy = policyOf(ticket);
		if (policy.isEmpty()) {
			return SlaDue.NONE;
		}
		Instant awaiting = awaitingReplySince(ticket);
		boolean stopped = SlaSchedule.stopsClock(ticket.status());
		Map<SlaTarget, Deadline> deadlines = deadlines(ticket, policy.get(), awaiting, stopped, now);
		if (ticket.firstResponseDue() != null && ticket.firstResponseAt() != null) {
			outcomes.record(ticket.id(), SlaTarget.FIRST_RESPONSE, ticket.slaPolicyId(), ticket.firstResponseDue(),
					ticket.firstResponseAt(), now);
		}
		if (ticket.nextResponseDue() != null && awaiting == null) {
			outcomes.record(ticket.id(), SlaTarget.NEXT_RESPONSE, ticket.slaPolicyId(), ticket.nextResponseDue(), now,
					now);
		}
		return due(policy.get().id(), deadlines);
	}

	/** The running targets of an active ticket with their warning times, as the scanner needs them. */
	Map<SlaTarget, Deadline> deadlines(Ticket ticket, Instant now) {
		if (!ticket.status().isActive()) {
			return Map.of();
		}
		return policyOf(ticket)
			.map(policy -> deadlines(ticket, policy, awaitingReplySince(ticket),
					SlaSchedule.stopsClock(ticket.status()), now))
			.orElse(Map.of());
	}

	/** The ticket resolves now: every target's outcome is recorded, pauses closed at the resolution. */
	private SlaDue resolving(Ticket ticket, Instant now) {
		Optional<SlaPolicy> policy = policyOf(ticket);
		if (policy.isEmpty()) {
			return kept(ticket);
		}
		Map<SlaTarget, Deadline> deadlines = deadlines(ticket, policy.get(), awaitingReplySince(ticket), false, now);
		long policyId = policy.get().id();
		if (ticket.firstResponseDue() != null && ticket.firstResponseAt() != null) {
			outcomes.record(ticket.id(), SlaTarget.FIRST_RESPONSE, ticket.slaPolicyId(), ticket.firstResponseDue(),
					ticket.firstResponseAt(), now);
		}
		Deadline first = deadlines.get(SlaTarget.FIRST_RESPONSE);
		if (first != null) {
			outcomes.record(ticket.id(), SlaTarget.FIRST_RESPONSE, policyId, first.due(), null, now);
		}
		Deadline next = deadlines.get(SlaTarget.NEXT_RESPONSE);
		if (next != null) {
			outcomes.record(ticket.id(), SlaTarget.NEXT_RESPONSE, policyId, next.due(), null, now);
		}
		Deadline resolution = deadlines.get(SlaTarget.RESOLUTION);
		if (resolution != null) {
			outcomes.record(ticket.id(), SlaTarget.RESOLUTION, policyId, resolution.due(), ticket.resolvedAt(), now);
		}
		return due(policyId, deadlines);
	}

	private Map<SlaTarget, Deadline> deadlines(Ticket ticket, SlaPolicy policy, Instant awaiting, boolean stopped,
			Instant now) {
		// A ticket being opened has no history yet: nothing to read.
		List<StatusMove> moves = ticket.isNew() ? List.of() : statusMoves(ticket.id());
		List<Pause> pauses = SlaSchedule.pauses(moves, stopped, ticket.slaPausedAt(), now);
		SlaClock clock = SlaClock.on(policy.calendarId() == null ? calendars.defaultCalendar()
				: calendars.get(policy.calendarId()));
		Inputs inputs = new Inputs(ticket.createdAt(), ticket.firstResponseAt(), awaiting, pauses,
				ticket.status().pausesSla());
		return SlaSchedule.deadlines(policy, clock, policies.warningShare(policy), inputs);
	}

	private Optional<SlaPolicy> policyOf(Ticket ticket) {
		return policies.matching(ticket.customerTier(), ticket.type(), ticket.priority(), ticket.channel());
	}

	private List<StatusMove> statusMoves(long ticketId) {
		return history.of(ticketId)
			.stream()
			.filter(entry -> "ticket.status".equals(entry.action()) && entry.detail() != null)
			.map(entry -> {
				JsonNode detail = json.readTree(entry.detail());
				return new StatusMove(entry.at(), TicketStatus.valueOf(detail.get("from").asString()),
						TicketStatus.valueOf(detail.get("to").asString()));
			})
			.toList();
	}

	/**
	 * When the oldest customer message still waiting for a public staff reply was written: messages after the
	 * latest public staff message and after the first response (earlier ones are the first response's business).
	 */
	private Instant awaitingReplySince(Ticket ticket) {
		if (ticket.firstResponseAt() == null) {
			return null;
		}
		return jdbc.sql("""
				select min(m.created_at) from ticket_message m
				where m.ticket_id = :ticket and m.author_kind = 'CUSTOMER' and m.created_at >= :firstResponse
				and m.id > coalesce((select max(s.id) from ticket_message s where s.ticket_id = :ticket
				                     and s.author_kind = 'STAFF' and s.visibility = 'PUBLIC'), 0)""")
			.param("ticket", ticket.id())
			.param("firstResponse", io.kairos.shared.time.Timestamps.utc(ticket.firstResponseAt()))
			.query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
			.optional()
			.orElse(null);
	}

	private static SlaDue due(long policyId, Map<SlaTarget, Deadline> deadlines) {
		return new SlaDue(policyId, at(deadlines.get(SlaTarget.FIRST_RESPONSE)),
				at(deadlines.get(SlaTarget.NEXT_RESPONSE)), at(deadlines.get(SlaTarget.RESOLUTION)));
	}

	private static Instant at(Deadline deadline) {
		return deadline == null ? null : deadline.due();
	}

	private static SlaDue kept(Ticket ticket) {
		return new SlaDue(ticket.slaPolicyId(), ticket.firstResponseDue(), ticket.nextResponseDue(),
				ticket.resolutionDue());
	}

}
