package io.kairos.voc.invitation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kairos.desk.CallbackDue;
import io.kairos.desk.TicketResolved;

/**
 * The desk events that send surveys. Each runs after the desk's commit in its own transaction (the event
 * publication registry redelivers it after a crash; the subject key keeps a redelivery from inviting twice).
 */
@Component
class InvitationTriggers {

	private final Invitations invitations;

	InvitationTriggers(Invitations invitations) {
		this.invitations = invitations;
	}

	@ApplicationModuleListener
	void on(TicketResolved resolved) {
		invitations.triggered(TriggerKind.TICKET_RESOLVED, new InvitationSubject("ticket:" + resolved.ticketId(),
				resolved.customerId().value(), resolved.ticketId(), resolved.teamId(), resolved.assigneeId()));
	}

	@ApplicationModuleListener
	void on(CallbackDue due) {
		invitations.triggered(TriggerKind.CALLBACK_DUE, new InvitationSubject("callback:" + due.callbackId(),
				due.customerId().value(), due.ticketId(), null, due.assigneeId()));
	}

}
