package io.kairos.desk.ticket;

import org.springframework.http.HttpStatus;

import io.kairos.desk.TicketStatus;
import io.kairos.shared.api.ProblemException;

/** A status move the rules of {@link TicketStatus} do not allow; answered with 409 naming both statuses. */
class IllegalTicketMove extends ProblemException {

	IllegalTicketMove(TicketStatus from, TicketStatus to) {
		super(HttpStatus.CONFLICT, "problem.ticket.illegal-move", "status", from.name(), to.name());
	}

}
