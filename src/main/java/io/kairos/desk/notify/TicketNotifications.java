package io.kairos.desk.notify;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.customer.CustomerDirectory;
import io.kairos.customer.CustomerId;
import io.kairos.customer.CustomerSummary;
import io.kairos.customer.Purpose;
import io.kairos.desk.AuthorKind;
import io.kairos.desk.MessageVisibility;
import io.kairos.desk.PendingReminderDue;
import io.kairos.desk.PromiseMade;
import io.kairos.desk.TicketMessagePosted;
import io.kairos.desk.TicketOpened;
import io.kairos.desk.TicketResolved;
import io.kairos.messaging.Notification;
import io.kairos.messaging.Notifications;

/**
 * Tells the customer what happens to their ticket: received, answered, resolved, what was promised them, and
 * reminds them when the ticket
 * waits for them (proactive, so capped per customer and day by the messaging module). Runs inside the transaction that
 * changed the ticket, so the message is queued in the same commit as the change (the messaging outbox then
 * delivers it even after a crash) and a rolled-back change sends nothing. Dedup keys make every notice once-only.
 */
@Component
class TicketNotifications {

	private final Notifications notifications;

	private final CustomerDirectory customers;

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final JdbcClient jdbc;

	private final ZoneId zone;

	TicketNotifications(Notifications notifications, CustomerDirectory customers, JdbcClient jdbc,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone) {
		this.notifications = notifications;
		this.customers = customers;
		this.jdbc = jdbc;
		this.zone = ZoneId.of(zone);
	}

	@EventListener
	void received(TicketOpened opened) {
		Map<String, String> variables = variables(opened.customerId(), opened.number(), subject(opened.ticketId()));
		notify("ticket.received", opened.customerId(), variables, opened.ticketId(), "ticket.received:" + opened.ticketId());
	}

	@EventListener
	void replied(TicketMessagePosted posted) {
		if (posted.visibility() != MessageVisibility.PUBLIC || posted.authorKind() != AuthorKind.STAFF) {
			return;
		}
		Ticket ticket = ticket(posted.ticketId());
		Map<String, String> variables = variables(posted.customerId(), ticket.number(), ticket.subject());
		variables.put("replyText", jdbc.sql("select body from ticket_message where id = :id")
			.param("id", posted.messageId())
			.query(String.class)
			.single());
		notify("ticket.reply", posted.customerId(), variables, posted.ticketId(), "ticket.reply:" + posted.messageId());
	}

	@EventListener
	void resolved(TicketResolved resolved) {
		Map<String, String> variables = variables(resolved.customerId(), resolved.number(), subject(resolved.ticketId()));
		notify("ticket.resolved", resolved.customerId(), variables, resolved.ticketId(),
				"ticket.resolved:" + resolved.ticketId() + ":" + resolved.at().toEpochMilli());
	}

	/**
	 * Confirms a promise to the customer in writing ("as promised, we will … by …"), in the customer's zone. Proactive:
	 * the cap of {@code promise.reminder} keeps a busy ticket from flooding them.
	 */
	@EventListener
	void promised(PromiseMade promise) {
		Ticket ticket = ticket(promise.ticketId());
		Map<String, String> variables = variables(promise.customerId(), ticket.number(), ticket.subject());
		variables.put("promiseText", promise.what());
		variables.put("dueAt", DUE.format(promise.dueAt().atZone(zone)));
		notifications.request(new Notification("promise.reminder", promise.customerId(), Purpose.SERVICE, true, variables,
				"ticket:" + promise.ticketId(), "promise.made:" + promise.promiseId()));
	}

	/** A proactive reminder: the messaging module's frequency cap for the kind decides whether it goes out. */
	@EventListener
	void remind(PendingReminderDue due) {
		Map<String, String> variables = variables(due.customerId(), due.number(), subject(due.ticketId()));
		notifications.request(new Notification("ticket.pending-reminder", due.customerId(), Purpose.SERVICE, true,
				variables, "ticket:" + due.ticketId(),
				"ticket.pending-reminder:" + due.ticketId() + ":" + due.pendingSince().toEpochMilli()));
	}

	private void notify(String kind, CustomerId customer, Map<String, String> variables, long ticketId, String dedupKey) {
		notifications.request(new Notification(kind, customer, Purpose.SERVICE, false, variables, "ticket:" + ticketId,
				dedupKey));
	}

	private Map<String, String> variables(CustomerId customer, String number, String subject) {
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("customerName", customers.findSummary(customer).map(CustomerSummary::name).orElse(""));
		variables.put("ticketNumber", number);
		variables.put("subject", subject);
		return variables;
	}

	private String subject(long ticketId) {
		return ticket(ticketId).subject();
	}

	private Ticket ticket(long ticketId) {
		return jdbc.sql("select number, subject from ticket where id = :id")
			.param("id", ticketId)
			.query((rs, n) -> new Ticket(rs.getString("number"), rs.getString("subject")))
			.single();
	}

	private record Ticket(String number, String subject) {
	}

}
