package io.kairos.desk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerDirectory;
import io.kairos.customer.CustomerId;
import io.kairos.customer.CustomerIntake;
import io.kairos.customer.CustomerSummary;
import io.kairos.desk.ServiceStep;
import io.kairos.desk.TicketAssigned;
import io.kairos.desk.TicketChanged;
import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketOpened;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketResolved;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketStatusChanged;
import io.kairos.desk.TicketType;
import io.kairos.desk.category.Categories;
import io.kairos.desk.category.Category;
import io.kairos.desk.followup.step.StepGate;
import io.kairos.desk.routing.Assignment;
import io.kairos.desk.routing.Routing;
import io.kairos.desk.sla.SlaClocks;
import io.kairos.desk.sla.SlaDue;
import io.kairos.desk.team.Teams;
import io.kairos.shared.api.ProblemException;

/**
 * The use cases of a ticket's life: open, read, change, move through statuses and steps, assign. Every change
 * writes the ticket's history and publishes its event in the same transaction, and recomputes the SLA due
 * times. A ticket the viewer may not see is answered exactly like a missing one.
 */
@Service
public class Tickets {

	private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final TicketRepository tickets;

	private final CustomerIntake intake;

	private final CustomerDirectory directory;

	private final Categories categories;

	private final Teams teams;

	private final Routing routing;

	private final SlaClocks sla;

	private final TicketHistory history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	private final StepGate stepGate;

	Tickets(TicketRepository tickets, CustomerIntake intake, CustomerDirectory directory, Categories categories,
			Teams teams, Routing routing, SlaClocks sla, TicketHistory history, ApplicationEventPublisher events,
			Clock clock, @Value("${kairos.default-time-zone:Asia/Shanghai}") String zone, StepGate stepGate) {
		this.tickets = tickets;
		this.intake = intake;
		this.directory = directory;
		this.categories = categories;
		this.teams = teams;
		this.routing = routing;
		this.sla = sla;
		this.history = history;
		this.events = events;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
		this.stepGate = stepGate;
	}

	@Transactional
	public TicketView open(NewTicket command, Long actorId) {
		Optional<CustomerSummary> named = knownCustomer(command);
		CustomerId customer = named.map(CustomerSummary::id).orElseGet(() -> requester(command));
		Long categoryId = command.category() == null || command.category().isBlank() ? null
				: activeCategory(command.category()).id();
		Long teamId = command.teamId();
		if (teamId != null && teams.find(teamId).isEmpty()) {
			throw ProblemException.invalid("teamId", "problem.ticket.team.unknown");
		}
		Set<String> tags = tags(command.tags());
		CustomerSummary summary = named.or(() -> directory.findSummary(customer)).orElse(null);
		Instant now = clock.instant();
		long id = tickets.nextId();
		Ticket ticket = Ticket.open(id, number(id, now), customer.value(),
				Objects.requireNonNullElse(command.channel(), TicketChannel.API),
				Objects.requireNonNullElse(command.type(), TicketType.INQUIRY), categoryId,
				Objects.requireNonNullElse(command.priority(), TicketPriority.NORMAL), command.subject().strip(),
				command.description().strip(), teamId, Boolean.TRUE.equals(command.restricted()),
				summary == null ? null : summary.tier(), actorId, now);
		ticket.retag(tags, now);
		Assignment assignment = routing.route(ticket);
		ticket.assign(assignment.teamId(), assignment.assigneeId(), now);
		schedule(ticket, now);
		Ticket saved = tickets.save(ticket);
		history.record(id, actorId, "ticket.created", Map.of("channel", saved.channel().name(), "type",
				saved.type().name(), "priority", saved.priority().name()), now);
		events.publishEvent(new TicketOpened(id, saved.number(), customer, saved.channel(), saved.type(),
				saved.priority(), saved.categoryId(), saved.teamId(), saved.customerTier(), now));
		if (saved.teamId() != null || saved.assigneeId() != null) {
			Map<String, Object> routed = assignmentDetail(saved.teamId(), saved.assigneeId());
			routed.put("reason", assignment.reason());
			history.record(id, actorId, "ticket.assigned", routed, now);
			events.publishEvent(new TicketAssigned(id, saved.teamId(), saved.assigneeId(), null, null, actorId, now));
		}
		return view(saved, summary);
	}

	/** The ticket if the viewer may see it; otherwise the same 404 as for an id that does not exist. */
	@Transactional(readOnly = true)
	public Ticket get(long id, Viewer viewer) {
		return tickets.findById(id)
			.filter(viewer::maySee)
			.orElseThrow(() -> ProblemException.notFound("problem.ticket.not-found"));
	}

	@Transactional(readOnly = true)
	public TicketView find(long id, Viewer viewer) {
		return view(get(id, viewer));
	}

	@Transactional
	public TicketView update(long id, long expectedVersion, TicketChanges changes, Viewer viewer) {
		Ticket ticket = get(id, viewer);
		if (ticket.version() != expectedVersion) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		refuseClosed(ticket);
		Instant now = clock.instant();
		Set<String> changed = new LinkedHashSet<>();
		Map<String, Object> detail = new LinkedHashMap<>();
		if (changes.subject() != null && !changes.subject().strip().equals(ticket.subject())) {
			if (changes.subject().isBlank()) {
				throw ProblemException.invalid("subject", "validation.required");
			}
			ticket.resubject(changes.subject().strip(), now);
			changed.add("subject");
		}
		if (changes.type() != null && changes.type() != ticket.type()) {
			detail.put("type", List.of(ticket.type().name(), changes.type().name()));
			ticket.retype(changes.type(), now);
			changed.add("type");
		}
		if (changes.priority() != null && changes.priority() != ticket.priority()) {
			detail.put("priority", List.of(ticket.priority().name(), changes.priority().name()));
			ticket.reprioritise(changes.priority(), now);
			changed.add("priority");
		}
		if (changes.category() != null) {
			Long categoryId = changes.category().isBlank() ? null : activeCategory(changes.category()).id();
			if (!Objects.equals(categoryId, ticket.categoryId())) {
				ticket.recategorise(categoryId, now);
				changed.add("category");
			}
		}
		if (changes.tags() != null) {
			Set<String> tags = tags(changes.tags());
			if (!tags.equals(ticket.tags())) {
				ticket.retag(tags, now);
				changed.add("tags");
			}
		}
		if (changes.restricted() != null && changes.restricted() != ticket.restricted()) {
			ticket.restrict(changes.restricted(), now);
			changed.add("restricted");
		}
		if (changes.touchpointId() != null && !changes.touchpointId().equals(ticket.touchpointId())) {
			ticket.linkTouchpoint(changes.touchpointId(), now);
			changed.add("touchpointId");
		}
		TicketStatus before = ticket.status();
		if (changes.status() != null && changes.status() != before) {
			ticket.moveTo(changes.status(), now);
		}
		if (changed.isEmpty() && ticket.status() == before) {
			return view(ticket);
		}
		schedule(ticket, now);
		Ticket saved = tickets.save(ticket);
		if (!changed.isEmpty()) {
			detail.put("fields", changed);
			history.record(id, viewer.staffId(), "ticket.changed", detail, now);
			events.publishEvent(new TicketChanged(id, Set.copyOf(changed), viewer.staffId(), now));
		}
		statusMoved(saved, before, viewer.staffId(), now);
		return view(saved);
	}

	/** Moves a ticket to a status (resolve, reopen, close, pending, on hold) as the named actor; null = Kairos. */
	@Transactional
	public TicketView move(long id, TicketStatus target, Viewer viewer) {
		Ticket ticket = get(id, viewer);
		TicketStatus before = ticket.status();
		Instant now = clock.instant();
		if (!ticket.moveTo(target, now)) {
			return view(ticket);
		}
		schedule(ticket, now);
		Ticket saved = tickets.save(ticket);
		statusMoved(saved, before, viewer.staffId(), now);
		return view(saved);
	}

	@Transactional
	public TicketView assign(long id, Long teamId, Long assigneeId, Viewer viewer) {
		Ticket ticket = get(id, viewer);
		refuseClosed(ticket);
		if (teamId != null && teams.find(teamId).isEmpty()) {
			throw ProblemException.invalid("teamId", "problem.ticket.team.unknown");
		}
		if (assigneeId != null && teamId != null && !teams.isMember(teamId, assigneeId)) {
			throw ProblemException.invalid("assigneeId", "problem.ticket.assignee.not-in-team");
		}
		Long previousTeam = ticket.teamId();
		Long previousAssignee = ticket.assigneeId();
		if (Objects.equals(previousTeam, teamId) && Objects.equals(previousAssignee, assigneeId)) {
			return view(ticket);
		}
		TicketStatus before = ticket.status();
		Instant now = clock.instant();
		ticket.assign(teamId, assigneeId, now);
		schedule(ticket, now);
		Ticket saved = tickets.save(ticket);
		Map<String, Object> detail = assignmentDetail(teamId, assigneeId);
		detail.put("previousTeamId", previousTeam);
		detail.put("previousAssigneeId", previousAssignee);
		history.record(id, viewer.staffId(), "ticket.assigned", detail, now);
		events.publishEvent(new TicketAssigned(id, teamId, assigneeId, previousTeam, previousAssignee, viewer.staffId(), now));
		statusMoved(saved, before, viewer.staffId(), now);
		return view(saved);
	}

	/**
	 * Puts the ticket into another of the seven steps, recording the time spent in the step it leaves. The step
	 * gate refuses a move forward with required checklist items unticked, and skips or moves back by non-supervisors.
	 */
	@Transactional
	public TicketView enterStep(long id, ServiceStep step, Viewer viewer) {
		Ticket ticket = get(id, viewer);
		refuseClosed(ticket);
		if (ticket.step() == step) {
			return view(ticket);
		}
		stepGate.check(ticket, step, viewer);
		Instant now = clock.instant();
		ServiceStep left = ticket.step();
		long seconds = java.time.Duration.between(ticket.stepStartedAt(), now).toSeconds();
		ticket.enterStep(step, now);
		Ticket saved = tickets.save(ticket);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("from", left.number());
		detail.put("to", step.number());
		detail.put("secondsInStep", seconds);
		history.record(id, viewer.staffId(), "ticket.step", detail, now);
		events.publishEvent(new io.kairos.desk.TicketStepEntered(id, left, step, seconds, viewer.staffId(), now));
		return view(saved);
	}

	/** A public staff reply was posted: first response, next-response clock. Called by the conversation. */
	@Transactional
	public void recordStaffReply(long id, Long actorId, Instant at) {
		Ticket ticket = tickets.findById(id).orElseThrow();
		TicketStatus before = ticket.status();
		ticket.recordStaffReply(at);
		schedule(ticket, at);
		Ticket saved = tickets.save(ticket);
		statusMoved(saved, before, actorId, at);
	}

	/** The customer wrote again: one more contact. Called by the conversation and by inbound channels. */
	@Transactional
	public void recordCustomerContact(long id, Instant at) {
		Ticket ticket = tickets.findById(id).orElseThrow();
		TicketStatus before = ticket.status();
		ticket.recordCustomerContact(at);
		schedule(ticket, at);
		Ticket saved = tickets.save(ticket);
		statusMoved(saved, before, null, at);
	}

	TicketView view(Ticket ticket) {
		return view(ticket, directory.findSummary(new CustomerId(ticket.customerId())).orElse(null));
	}

	private TicketView view(Ticket ticket, CustomerSummary customer) {
		String category = ticket.categoryId() == null ? null
				: categories.byId(ticket.categoryId()).map(Category::code).orElse(null);
		return TicketView.of(ticket, customer, category);
	}

	private void statusMoved(Ticket ticket, TicketStatus before, Long actorId, Instant now) {
		if (ticket.status() == before) {
			return;
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("from", before.name());
		detail.put("to", ticket.status().name());
		history.record(ticket.id(), actorId, "ticket.status", detail, now);
		CustomerId customer = new CustomerId(ticket.customerId());
		events.publishEvent(new TicketStatusChanged(ticket.id(), customer, before, ticket.status(), actorId, now));
		if (ticket.status() == TicketStatus.RESOLVED) {
			events.publishEvent(new TicketResolved(ticket.id(), ticket.number(), customer, ticket.type(), ticket.teamId(),
					ticket.assigneeId(), Boolean.TRUE.equals(ticket.firstContactResolution()), now));
		}
	}

	private void schedule(Ticket ticket, Instant now) {
		SlaDue due = sla.dueFor(ticket, now);
		ticket.scheduleSla(due.policyId(), due.firstResponse(), due.nextResponse(), due.resolution());
	}

	/**
	 * The customer named by {@code customerId} alone (the usual API call), read once for the check, the ticket's
	 * tier and the answer; empty when the requester is given otherwise. An unknown id is refused like {@link #requester}.
	 */
	private Optional<CustomerSummary> knownCustomer(NewTicket command) {
		if (command.customerId() == null || command.customer() != null) {
			return Optional.empty();
		}
		return Optional.of(directory.findSummary(new CustomerId(command.customerId()))
			.orElseThrow(() -> ProblemException.invalid("customerId", "problem.ticket.customer.unknown")));
	}

	private CustomerId requester(NewTicket command) {
		if (command.customerId() != null && command.customer() != null) {
			throw ProblemException.invalid("customer", "problem.ticket.requester.both");
		}
		if (command.customerId() != null) {
			CustomerId id = new CustomerId(command.customerId());
			if (!intake.exists(id)) {
				throw ProblemException.invalid("customerId", "problem.ticket.customer.unknown");
			}
			return id;
		}
		if (command.customer() == null) {
			throw ProblemException.invalid("customerId", "problem.ticket.requester.missing");
		}
		NewTicket.Requester requester = command.customer();
		return intake.identify(requester.name(), requester.phone(), requester.email());
	}

	private Category activeCategory(String code) {
		return categories.byCode(code.strip())
			.filter(Category::active)
			.orElseThrow(() -> ProblemException.invalid("category", "problem.ticket.category.unknown", code.strip()));
	}

	private static Set<String> tags(List<String> given) {
		Set<String> tags = new LinkedHashSet<>();
		if (given != null) {
			given.forEach(tag -> tags.add(tag.strip()));
		}
		return tags;
	}

	private static void refuseClosed(Ticket ticket) {
		if (ticket.status() == TicketStatus.CLOSED) {
			throw ProblemException.conflict("problem.ticket.closed");
		}
	}

	private static Map<String, Object> assignmentDetail(Long teamId, Long assigneeId) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("teamId", teamId);
		detail.put("assigneeId", assigneeId);
		return detail;
	}

	private String number(long id, Instant now) {
		return "T" + NUMBER_DATE.format(now.atZone(zone)) + String.format("%05d", id);
	}

}
