package io.kairos.desk.automation.rule;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerId;
import io.kairos.desk.AuthorKind;
import io.kairos.desk.MessageVisibility;
import io.kairos.desk.PendingReminderDue;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.conversation.Conversation;
import io.kairos.desk.conversation.NewMessage;
import io.kairos.desk.team.Teams;
import io.kairos.desk.ticket.TicketChanges;
import io.kairos.desk.ticket.TicketHistory;
import io.kairos.desk.ticket.TicketView;
import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewer;

/**
 * Carries out a rule's actions on a ticket as Kairos itself (actor null in history and events), through the
 * desk's own services. An action that cannot apply now (a status move the rules forbid, a team deleted since)
 * is skipped and named in the history entry instead of failing the whole rule; a closed ticket is left alone.
 */
@Component
public class ActionRunner {

	private final Tickets tickets;

	private final Conversation conversation;

	private final Teams teams;

	private final TicketHistory history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ActionRunner(Tickets tickets, Conversation conversation, Teams teams, TicketHistory history,
			ApplicationEventPublisher events, Clock clock) {
		this.tickets = tickets;
		this.conversation = conversation;
		this.teams = teams;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Applies the actions; true when something changed (a note, a reminder, a field) or an action had to be
	 * skipped, both written to the ticket's history. Actions that would change
	 * nothing (a tag the ticket has, its own priority) leave no trace, so a rule that matches again is quiet.
	 */
	@Transactional
	public boolean apply(long ticketId, List<RuleAction> actions, RuleSource source) {
		TicketView ticket = tickets.find(ticketId, Viewer.SYSTEM);
		if (ticket.status() == TicketStatus.CLOSED) {
			return false;
		}
		List<String> skipped = new ArrayList<>();
		boolean acted = false;
		// Notes and reminders first: they need a ticket that is not closed yet, and an action may close it.
		for (RuleAction action : actions) {
			if (action.kind() == ActionKind.ADD_NOTE) {
				conversation.post(ticketId, new NewMessage(action.value(), MessageVisibility.INTERNAL, AuthorKind.STAFF,
						null), List.of(), Viewer.SYSTEM);
				acted = true;
			}
			else if (action.kind() == ActionKind.SEND_REMINDER) {
				remind(ticket, source);
				acted = true;
			}
		}
		TicketView assigned = assignTeam(ticket, actions, skipped);
		acted |= assigned != ticket;
		ticket = assigned;
		TicketPriority priority = null;
		TicketStatus status = null;
		Set<String> tags = new LinkedHashSet<>(ticket.tags());
		for (RuleAction action : actions) {
			switch (action.kind()) {
				case SET_PRIORITY -> {
					TicketPriority target = TicketPriority.valueOf(action.value());
					priority = target == ticket.priority() ? null : target;
				}
				case ADD_TAG -> tags.add(action.value());
				case SET_STATUS -> {
					TicketStatus target = TicketStatus.valueOf(action.value());
					if (target == ticket.status()) {
						status = null;
					}
					else if (!ticket.status().canMoveTo(target)) {
						skipped.add(action.kind() + ":" + action.value());
					}
					else {
						status = target;
					}
				}
				default -> {
				}
			}
		}
		boolean retag = !tags.equals(ticket.tags());
		if (priority != null || status != null || retag) {
			tickets.update(ticketId, ticket.version(), new TicketChanges(null, null, priority, null, status,
					retag ? new ArrayList<>(tags) : null, null, null), Viewer.SYSTEM);
			acted = true;
		}
		if (!acted && skipped.isEmpty()) {
			return false;
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("ruleId", source.ruleId());
		detail.put("name", source.name());
		detail.put("actions", actions.stream().map(a -> a.kind().name()).toList());
		if (!skipped.isEmpty()) {
			detail.put("skipped", skipped);
		}
		history.record(ticketId, null, source.action(), detail, clock.instant());
		return true;
	}

	private TicketView assignTeam(TicketView ticket, List<RuleAction> actions, List<String> skipped) {
		TicketView current = ticket;
		for (RuleAction action : actions) {
			if (action.kind() != ActionKind.ASSIGN_TEAM) {
				continue;
			}
			long team = Long.parseLong(action.value());
			if (teams.find(team).isEmpty()) {
				skipped.add(action.kind() + ":" + action.value());
			}
			else if (current.teamId() == null || current.teamId() != team) {
				// The assignee stays only if they belong to the new team.
				Long assignee = current.assigneeId() != null && teams.isMember(team, current.assigneeId())
						? current.assigneeId() : null;
				current = tickets.assign(current.id(), team, assignee, Viewer.SYSTEM);
			}
		}
		return current;
	}

	private void remind(TicketView ticket, RuleSource source) {
		java.time.Instant now = clock.instant();
		events.publishEvent(new PendingReminderDue(ticket.id(), ticket.number(), new CustomerId(ticket.customer().id()),
				source.ruleId(), source.since(), now));
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("automationId", source.ruleId());
		detail.put("pendingSince", String.valueOf(source.since()));
		history.record(ticket.id(), null, "reminder.due", detail, now);
	}

}
