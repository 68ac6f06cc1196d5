package io.kairos.desk.sla;

/** What happens when a ticket breaches a target of its policy. */
public enum SlaAction {

	/** The breach event asks listeners to notify the assignee and the team. */
	NOTIFY,
	/** Escalate to the team's supervisors: history entry, tag {@code escalated}, {@code TicketEscalated} event. */
	ESCALATE,
	/** One priority step up ({@code TicketPriority.raised()}). */
	RAISE_PRIORITY

}
