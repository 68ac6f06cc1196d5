package io.kairos.desk.ticket;

import org.springframework.data.relational.core.mapping.Table;

@Table("ticket_tag")
record TicketTag(String tag) {
}
