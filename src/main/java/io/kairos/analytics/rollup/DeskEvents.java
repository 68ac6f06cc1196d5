package io.kairos.analytics.rollup;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kairos.desk.CallbackCompleted;
import io.kairos.desk.CallbackDue;
import io.kairos.desk.PromiseMade;
import io.kairos.desk.PromiseOverdue;
import io.kairos.desk.PromiseSettled;
import io.kairos.desk.SlaBreached;
import io.kairos.desk.TicketAssigned;
import io.kairos.desk.TicketChanged;
import io.kairos.desk.TicketMessagePosted;
import io.kairos.desk.TicketOpened;
import io.kairos.desk.TicketResolved;
import io.kairos.desk.TicketStatusChanged;

/**
 * Every desk event that can change a ticket's figures refreshes that ticket's share of the roll-ups. After the
 * desk's transaction commits, through the event publication registry (so a crash retries it); the refresh is
 * idempotent, so a redelivered event is harmless.
 */
@Component
class DeskEvents {

	private final TicketProjector projector;

	DeskEvents(TicketProjector projector) {
		this.projector = projector;
	}

	@ApplicationModuleListener
	void on(TicketOpened event) {
		projector.refresh(event.ticketId());
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged event) {
		projector.refresh(event.ticketId());
	}

	@ApplicationModuleListener
	void on(TicketResolved event) {
		projector.refresh(event.ticketId());
	}

	@ApplicationModuleListener
	void on(TicketAssigned event) {
		projector.refresh(event.ticketId());
	}

	@ApplicationModuleListener
	void on(TicketChanged event) {
		projector.refresh(event.ticketId());
	}

	@ApplicationModuleListener
	void on(TicketMessagePosted event) {
		projector.refresh(event.ticketId());
	}

	@ApplicationModuleListener
	void on(SlaBreached event) {
		projector.refresh(event.ticketId());
	}

	@ApplicationModuleListener
	void on(PromiseMade event) {
		projector.refresh(event.ticketId());
	}

	@ApplicationModuleListener
	void on(PromiseOverdue event) {
		projector.refresh(event.ticketId());
	}

	@ApplicationModuleListener
	void on(CallbackDue event) {
		projector.refresh(event.ticketId());
	}

	@ApplicationModuleListener
	void on(PromiseSettled event) {
		projector.refresh(event.ticketId());
	}

	@ApplicationModuleListener
	void on(CallbackCompleted event) {
		projector.refresh(event.ticketId());
	}

}
