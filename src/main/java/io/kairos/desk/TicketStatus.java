package io.kairos.desk;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket stands. The allowed moves are rules on the enum: new → open → pending customer / on hold →
 * resolved → closed, with reopen from resolved. A closed ticket is final.
 */
public enum TicketStatus {

	NEW, OPEN, PENDING_CUSTOMER, ON_HOLD, RESOLVED, CLOSED;

	public Set<TicketStatus> next() {
		return switch (this) {
			case NEW -> EnumSet.of(OPEN, PENDING_CUSTOMER, ON_HOLD, RESOLVED);
			case OPEN -> EnumSet.of(PENDING_CUSTOMER, ON_HOLD, RESOLVED);
			case PENDING_CUSTOMER -> EnumSet.of(OPEN, ON_HOLD, RESOLVED);
			case ON_HOLD -> EnumSet.of(OPEN, PENDING_CUSTOMER, RESOLVED);
			case RESOLVED -> EnumSet.of(OPEN, CLOSED);
			case CLOSED -> EnumSet.noneOf(TicketStatus.class);
		};
	}

	public boolean canMoveTo(TicketStatus target) {
		return next().contains(target);
	}

	/** Still needs work from the company: counts in backlogs and queues. */
	public boolean isActive() {
		return this != RESOLVED && this != CLOSED;
	}

	/** SLA clocks stop while the company waits for the customer or a third party. */
	public boolean pausesSla() {
		return this == PENDING_CUSTOMER || this == ON_HOLD;
	}

}
