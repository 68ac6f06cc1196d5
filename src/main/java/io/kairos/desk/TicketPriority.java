package io.kairos.desk;

/** Ticket priority, lowest first; {@link #raised()} is the escalation step. */
public enum TicketPriority {

	LOW, NORMAL, HIGH, URGENT;

	public TicketPriority raised() {
		return this == URGENT ? URGENT : values()[ordinal() + 1];
	}

}
