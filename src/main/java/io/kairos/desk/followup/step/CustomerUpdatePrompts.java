package io.kairos.desk.followup.step;

import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.AuthorKind;
import io.kairos.desk.MessageVisibility;
import io.kairos.desk.ServiceStep;
import io.kairos.desk.TicketMessagePosted;
import io.kairos.desk.TicketStepEntered;
import io.kairos.desk.ticket.TicketHistory;
import io.kairos.shared.time.Timestamps;

/**
 * Step 5 (exception handling) means the plan broke: the customer must hear it from us first. Entering the step
 * raises a prompt on the ticket; the next public reply by staff records the update and clears it. Both happen in
 * the transaction of the step change or the reply.
 */
@Component
public class CustomerUpdatePrompts {

	public static final String NOTIFY_CUSTOMER = "notify-customer";

	private final JdbcClient jdbc;

	private final TicketHistory history;

	CustomerUpdatePrompts(JdbcClient jdbc, TicketHistory history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	/** The prompt the ticket shows, if any. */
	@Transactional(readOnly = true)
	public Optional<String> pending(long ticketId) {
		return jdbc.sql("select count(*) from ticket_customer_update_due where ticket_id = :ticket")
			.param("ticket", ticketId)
			.query(Long.class)
			.optional()
			.filter(count -> count > 0)
			.map(count -> NOTIFY_CUSTOMER);
	}

	@EventListener
	void stepEntered(TicketStepEntered event) {
		if (event.to() != ServiceStep.EXCEPTION_HANDLING || pending(event.ticketId()).isPresent()) {
			return;
		}
		jdbc.sql("insert into ticket_customer_update_due (ticket_id, raised_at) values (:ticket, :at)")
			.param("ticket", event.ticketId())
			.param("at", Timestamps.utc(event.at()))
			.update();
		history.record(event.ticketId(), event.actorId(), "ticket.prompt.raised", Map.of("prompt", NOTIFY_CUSTOMER),
				event.at());
	}

	@EventListener
	void messagePosted(TicketMessagePosted event) {
		if (event.visibility() != MessageVisibility.PUBLIC || event.authorKind() != AuthorKind.STAFF) {
			return;
		}
		int cleared = jdbc.sql("delete from ticket_customer_update_due where ticket_id = :ticket")
			.param("ticket", event.ticketId())
			.update();
		if (cleared > 0) {
			history.record(event.ticketId(), null, "ticket.prompt.cleared",
					Map.of("prompt", NOTIFY_CUSTOMER, "messageId", event.messageId()), event.at());
		}
	}

}
