package io.kairos.desk.followup.step;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.ServiceStep;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.ticket.Ticket;
import io.kairos.desk.ticket.TicketHistory;
import io.kairos.desk.ticket.TicketView;
import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewer;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/**
 * A ticket's way through the seven steps: each step's checklist with the ticket's ticks and the time spent
 * there, ticking items of the current step, and entering another step (the rule is checked by the ticket
 * service through {@link StepGate}).
 */
@Service
public class TicketSteps {

	private final Tickets tickets;

	private final ChecklistCatalog catalog;

	private final StepTimes times;

	private final CustomerUpdatePrompts prompts;

	private final TicketHistory history;

	private final JdbcClient jdbc;

	private final Clock clock;

	TicketSteps(Tickets tickets, ChecklistCatalog catalog, StepTimes times, CustomerUpdatePrompts prompts,
			TicketHistory history, JdbcClient jdbc, Clock clock) {
		this.tickets = tickets;
		this.catalog = catalog;
		this.times = times;
		this.prompts = prompts;
		this.history = history;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Progress of(long ticketId, Viewer viewer, Locale locale) {
		Ticket ticket = tickets.get(ticketId, viewer);
		Instant until = ticket.closedAt() != null ? ticket.closedAt() : clock.instant();
		Map<ServiceStep, StepTimes.Spent> spent = times.of(ticketId, until);
		List<StepState> steps = new ArrayList<>();
		for (ServiceStep step : ServiceStep.values()) {
			StepTimes.Spent time = spent.getOrDefault(step, new StepTimes.Spent(0, 0));
			steps.add(new StepState(step.number(), step.name(), step == ticket.step(), time.seconds(), time.visits(),
					catalog.entries(ticketId, ticket.categoryId(), step, locale)));
		}
		return new Progress(ticketId, ticket.step().number(), ticket.step().name(), ticket.status(),
				prompts.pending(ticketId).orElse(null), steps);
	}

	/** Ticks or unticks an item of the ticket's current step. */
	@Transactional
	public ChecklistEntry tick(long ticketId, long itemId, boolean ticked, Viewer viewer, Locale locale) {
		Ticket ticket = tickets.get(ticketId, viewer);
		if (ticket.status() == TicketStatus.CLOSED) {
			throw ProblemException.conflict("problem.ticket.closed");
		}
		List<ChecklistEntry> current = catalog.entries(ticketId, ticket.categoryId(), ticket.step(), locale);
		ChecklistEntry entry = current.stream()
			.filter(candidate -> candidate.itemId() == itemId)
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("problem.checklist.item.not-found"));
		if (entry.ticked() == ticked) {
			return entry;
		}
		Instant now = clock.instant();
		if (ticked) {
			jdbc.sql("insert into ticket_checklist_tick (ticket_id, item_id, ticked_by, ticked_at) values (:ticket, :item, :by, :at)")
				.param("ticket", ticketId)
				.param("item", itemId)
				.param("by", viewer.staffId())
				.param("at", Timestamps.utc(now))
				.update();
		}
		else {
			jdbc.sql("delete from ticket_checklist_tick where ticket_id = :ticket and item_id = :item")
				.param("ticket", ticketId)
				.param("item", itemId)
				.update();
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("step", ticket.step().number());
		detail.put("itemId", itemId);
		history.record(ticketId, viewer.staffId(), ticked ? "ticket.checklist.ticked" : "ticket.checklist.unticked",
				detail, now);
		return new ChecklistEntry(entry.itemId(), entry.text(), entry.required(), ticked,
				ticked ? viewer.staffId() : null, ticked ? now : null);
	}

	/** Enters a step; the answer carries the prompt the new step raises (step 5: notify the customer). */
	@Transactional
	public Entered enter(long ticketId, ServiceStep step, Viewer viewer) {
		TicketView ticket = tickets.enterStep(ticketId, step, viewer);
		return new Entered(ticket, prompts.pending(ticketId).orElse(null));
	}

	/** Where a ticket stands in the seven steps; {@code prompt} is {@code notify-customer} or null. */
	public record Progress(long ticketId, int step, String stepCode, TicketStatus status, String prompt,
			List<StepState> steps) {

		public StepState current() {
			return steps.get(step - 1);
		}

		public boolean last() {
			return step == ServiceStep.values().length;
		}

	}

	public record StepState(int number, String code, boolean current, long seconds, int visits,
			List<ChecklistEntry> checklist) {
	}

	public record Entered(TicketView ticket, String prompt) {
	}

}
