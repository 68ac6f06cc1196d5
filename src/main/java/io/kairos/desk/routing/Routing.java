package io.kairos.desk.routing;

import org.springframework.stereotype.Component;

import io.kairos.desk.ticket.Ticket;

/**
 * Chooses the assignment of a new ticket. Manual mode: the ticket stays in the team it was filed to, unassigned,
 * until someone takes or assigns it.
 */
@Component
public class Routing {

	public Assignment route(Ticket ticket) {
		return new Assignment(ticket.teamId(), ticket.assigneeId());
	}

}
