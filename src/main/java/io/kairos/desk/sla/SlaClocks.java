package io.kairos.desk.sla;

import java.time.Instant;

import org.springframework.stereotype.Component;

import io.kairos.desk.ticket.Ticket;

/**
 * Computes a ticket's SLA due times from the policy that matches it. The ticket services call it on every event
 * that moves a clock (creation, status change, reply, reprioritisation) and store the answer on the ticket.
 * Without SLA policies no target applies.
 */
@Component
public class SlaClocks {

	public SlaDue dueFor(Ticket ticket, Instant now) {
		return SlaDue.NONE;
	}

}
