package io.kairos.desk.sla;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.desk.SlaBreached;
import io.kairos.desk.SlaTarget;
import io.kairos.desk.SlaWarningReached;
import io.kairos.desk.TicketEscalated;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.sla.SlaSchedule.Deadline;
import io.kairos.desk.team.Teams;
import io.kairos.desk.ticket.Ticket;
import io.kairos.desk.ticket.TicketChanges;
import io.kairos.desk.ticket.TicketHistory;
import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewer;
import io.kairos.shared.time.Timestamps;

/**
 * Finds active tickets whose targets reached the warning share or their due time and raises each alert once.
 * <p>
 * Exactly once does not rest on the scheduler lock: each alert is claimed by inserting its row into
 * {@code sla_alert}, unique per ticket, target, threshold and due time, in its own transaction, and only the
 * transaction whose insert succeeds writes the history, publishes the event (to the outbox, in the same
 * transaction) and performs the policy's actions. A node that loses the race gets a duplicate key and moves on.
 * A due time that changes (a pause pushed it) is a new due time and may warn and breach again. "Now" is the
 * database's clock, so nodes whose clocks disagree judge alike.
 */
@Component
class SlaAlerts {

	static final String ESCALATED_TAG = "escalated";

	/** Tickets whose alerts are claimed in one transaction. */
	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(SlaAlerts.class);

	private final JdbcClient jdbc;

	private final Tickets tickets;

	private final SlaClocks clocks;

	private final SlaPolicies policies;

	private final TicketHistory history;

	private final Teams teams;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate claim;

	SlaAlerts(JdbcClient jdbc, Tickets tickets, SlaClocks clocks, SlaPolicies policies, TicketHistory history,
			Teams teams, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.tickets = tickets;
		this.clocks = clocks;
		this.policies = policies;
		this.history = history;
		this.teams = teams;
		this.events = events;
		this.claim = new TransactionTemplate(transactions);
		this.claim.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** One pass over the active tickets with a due time not yet breached; returns the alerts this call raised. */
	int scan() {
		Instant now = databaseNow();
		List<Long> candidates = candidates();
		int raised = 0;
		for (int from = 0; from < candidates.size(); from += BATCH) {
			raised += scan(candidates.subList(from, Math.min(from + BATCH, candidates.size())), now);
		}
		return raised;
	}

	/**
	 * The alerts of a batch of tickets, claimed and raised in one transaction: one commit for the batch instead of
	 * one per alert. A batch that meets a claim won elsewhere (duplicate key), a ticket changed meanwhile or any
	 * other failure is rolled back whole and done again one alert per transaction, where each claim stands or
	 * falls alone — so each alert is still raised once, by whichever transaction inserted its claim row.
	 */
	private int scan(List<Long> ticketIds, Instant now) {
		try {
			Integer raised = claim.execute(status -> {
				int count = 0;
				for (long ticketId : ticketIds) {
					count += scan(ticketId, now, true);
				}
				return count;
			});
			return raised == null ? 0 : raised;
		}
		catch (RuntimeException batchFailed) {
			int raised = 0;
			for (long ticketId : ticketIds) {
				try {
					raised += scan(ticketId, now, false);
				}
				catch (RuntimeException failed) {
					// One ticket's trouble must not stop the others; its alerts are tried again on the next pass.
					log.warn("SLA scan of ticket {} failed: {}", ticketId, failed.toString());
				}
			}
			return raised;
		}
	}

	/** The ticket's due alerts; {@code inBatch}: inside the batch's transaction, else one transaction per claim. */
	private int scan(long ticketId, Instant now, boolean inBatch) {
		Ticket ticket = tickets.get(ticketId, Viewer.SYSTEM);
		Map<SlaTarget, Deadline> deadlines = clocks.deadlines(ticket, now);
		int raised = 0;
		for (SlaTarget target : SlaTarget.values()) {
			Instant due = storedDue(ticket, target);
			if (due == null) {
				continue;
			}
			Deadline deadline = deadlines.get(target);
			Instant warnAt = deadline == null || deadline.warnAt().isAfter(due) ? due : deadline.warnAt();
			if (!now.isBefore(warnAt) && (inBatch ? claimHere(ticket, target, SlaThreshold.WARNING, due, now)
					: claim(ticketId, target, SlaThreshold.WARNING, due, now))) {
				raised++;
			}
			if (!now.isBefore(due) && (inBatch ? claimHere(ticket, target, SlaThreshold.BREACH, due, now)
					: claim(ticketId, target, SlaThreshold.BREACH, due, now))) {
				raised++;
				// A breach may have escalated or raised the priority: later targets see the ticket as it is now.
				ticket = tickets.get(ticketId, Viewer.SYSTEM);
			}
		}
		return raised;
	}

	/** Claims the alert and, if this transaction won it, raises it; false when it was raised before. */
	private boolean claim(long ticketId, SlaTarget target, SlaThreshold threshold, Instant due, Instant now) {
		try {
			return Boolean.TRUE.equals(
					claim.execute(status -> claimHere(tickets.get(ticketId, Viewer.SYSTEM), target, threshold, due, now)));
		}
		catch (DuplicateKeyException claimedElsewhere) {
			return false;
		}
		catch (ConcurrencyFailureException changedMeanwhile) {
			// The ticket changed while its breach was acted on: nothing was committed, the next pass tries again.
			log.info("SLA alert {} {} of ticket {} deferred: {}", target, threshold, ticketId, changedMeanwhile.toString());
			return false;
		}
	}

	/** Inserts the claim row in the current transaction and raises the alert; false when nothing is due any more. */
	private boolean claimHere(Ticket ticket, SlaTarget target, SlaThreshold threshold, Instant due, Instant now) {
		if (!ticket.status().isActive() || !due.equals(storedDue(ticket, target))) {
			return false;
		}
		jdbc.sql("""
				insert into sla_alert (ticket_id, target, threshold, due_at, policy_id, claimed_at)
				values (:ticket, :target, :threshold, :due, :policy, :now)""")
			.param("ticket", ticket.id())
			.param("target", target.name())
			.param("threshold", threshold.name())
			.param("due", Timestamps.utc(due))
			.param("policy", ticket.slaPolicyId())
			.param("now", Timestamps.utc(now))
			.update();
		raise(ticket, target, threshold, due, now);
		return true;
	}

	private void raise(Ticket ticket, SlaTarget target, SlaThreshold threshold, Instant due, Instant now) {
		Optional<SlaPolicy> policy = ticket.slaPolicyId() == null ? Optional.empty()
				: policies.list().stream().filter(p -> p.id() == ticket.slaPolicyId()).findFirst();
		Set<SlaAction> actions = policy.map(SlaPolicy::breachActions).orElse(Set.of());
		boolean notify = actions.contains(SlaAction.NOTIFY);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("target", target.name());
		detail.put("dueAt", due.toString());
		detail.put("policyId", ticket.slaPolicyId());
		if (threshold == SlaThreshold.WARNING) {
			history.record(ticket.id(), null, "sla.warning", detail, now);
			events.publishEvent(new SlaWarningReached(ticket.id(), target, due, ticket.teamId(), ticket.assigneeId(),
					ticket.slaPolicyId(), notify, now));
			return;
		}
		history.record(ticket.id(), null, "sla.breached", detail, now);
		events.publishEvent(new SlaBreached(ticket.id(), target, due, ticket.teamId(), ticket.assigneeId(),
				ticket.slaPolicyId(), notify, now));
		boolean escalate = actions.contains(SlaAction.ESCALATE);
		boolean raisePriority = actions.contains(SlaAction.RAISE_PRIORITY) && ticket.priority() != TicketPriority.URGENT;
		if (escalate || raisePriority) {
			Set<String> tags = new TreeSet<>(ticket.tags());
			if (escalate) {
				tags.add(ESCALATED_TAG);
			}
			tickets.update(ticket.id(), ticket.version(), new TicketChanges(null, null,
					raisePriority ? ticket.priority().raised() : null, null, null,
					escalate ? List.copyOf(tags) : null, null, null), Viewer.SYSTEM);
		}
		if (escalate) {
			List<Long> supervisors = teams.supervisorsOf(ticket.teamId());
			Map<String, Object> escalation = new LinkedHashMap<>(detail);
			escalation.put("supervisorIds", supervisors);
			history.record(ticket.id(), null, "ticket.escalated", escalation, now);
			events.publishEvent(new TicketEscalated(ticket.id(), ticket.teamId(), supervisors, target, due, now));
		}
	}


	private List<Long> candidates() {
		return jdbc.sql("""
				select t.id from ticket t
				where t.status in ('NEW', 'OPEN', 'PENDING_CUSTOMER', 'ON_HOLD') and (
				   (t.first_response_due is not null and not exists (select 1 from sla_alert a where a.ticket_id = t.id
				      and a.target = 'FIRST_RESPONSE' and a.threshold = 'BREACH' and a.due_at = t.first_response_due))
				or (t.next_response_due is not null and not exists (select 1 from sla_alert a where a.ticket_id = t.id
				      and a.target = 'NEXT_RESPONSE' and a.threshold = 'BREACH' and a.due_at = t.next_response_due))
				or (t.resolution_due is not null and not exists (select 1 from sla_alert a where a.ticket_id = t.id
				      and a.target = 'RESOLUTION' and a.threshold = 'BREACH' and a.due_at = t.resolution_due)))
				order by t.id""")
			.query(Long.class)
			.list();
	}

	private Instant databaseNow() {
		return jdbc.sql("select current_timestamp")
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.single();
	}

	private static Instant storedDue(Ticket ticket, SlaTarget target) {
		return switch (target) {
			case FIRST_RESPONSE -> ticket.firstResponseDue();
			case NEXT_RESPONSE -> ticket.nextResponseDue();
			case RESOLUTION -> ticket.resolutionDue();
		};
	}

}
