package io.kairos.desk.ticket;

import java.time.Instant;
import java.util.Set;

import io.kairos.customer.CustomerSummary;
import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;

/** A ticket as the API and pages show it; the customer is the masked summary of the customer base. */
public record TicketView(long id, String number, TicketStatus status, Step step, Customer customer,
		TicketChannel channel, TicketType type, String category, TicketPriority priority, String subject,
		String description, Long teamId, Long assigneeId, boolean restricted, Long touchpointId, Set<String> tags,
		int contactCount, Boolean firstContactResolution, Sla sla, Instant createdAt, Instant updatedAt,
		Instant firstResponseAt, Instant resolvedAt, Instant closedAt, long version) {

	static TicketView of(Ticket ticket, CustomerSummary customer, String categoryCode) {
		Customer who = customer == null ? new Customer(ticket.customerId(), null, null, ticket.customerTier())
				: new Customer(ticket.customerId(), customer.name(), customer.maskedMobile(), customer.tier());
		return new TicketView(ticket.id(), ticket.number(), ticket.status(),
				new Step(ticket.step().number(), ticket.step().name(), ticket.stepStartedAt()), who, ticket.channel(),
				ticket.type(), categoryCode, ticket.priority(), ticket.subject(), ticket.description(), ticket.teamId(),
				ticket.assigneeId(), ticket.restricted(), ticket.touchpointId(), ticket.tags(), ticket.contactCount(),
				ticket.firstContactResolution(),
				new Sla(ticket.slaPolicyId(), ticket.firstResponseDue(), ticket.nextResponseDue(), ticket.resolutionDue(),
						ticket.slaPausedAt()),
				ticket.createdAt(), ticket.updatedAt(), ticket.firstResponseAt(), ticket.resolvedAt(), ticket.closedAt(),
				ticket.version());
	}

	public record Step(int number, String code, Instant startedAt) {
	}

	public record Customer(long id, String name, String maskedMobile, String tier) {
	}

	public record Sla(Long policyId, Instant firstResponseDue, Instant nextResponseDue, Instant resolutionDue,
			Instant pausedAt) {
	}

}
