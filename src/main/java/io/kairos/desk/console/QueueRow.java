package io.kairos.desk.console;

import io.kairos.desk.ticket.TicketListItem;

/**
 * A ticket in a queue with the names the list shows: the customer's (from the masked summary of the customer
 * base), the assignee's and the team's.
 */
record QueueRow(TicketListItem ticket, String customerName, String assigneeName, String teamName, SlaCountdown sla) {
}
