package io.kairos.desk.conversation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import io.kairos.desk.AuthorKind;
import io.kairos.desk.MessageVisibility;
import io.kairos.desk.TicketChannel;

/** One message of a ticket's conversation: a public reply or an internal note. Never edited once written. */
@Table("ticket_message")
record TicketMessage(@Id Long id, long ticketId, MessageVisibility visibility, AuthorKind authorKind,
		Long authorStaffId, TicketChannel channel, String body, Instant createdAt, @Version Integer version) {

	static TicketMessage write(long ticketId, MessageVisibility visibility, AuthorKind authorKind, Long authorStaffId,
			TicketChannel channel, String body, Instant now) {
		return new TicketMessage(null, ticketId, visibility, authorKind, authorStaffId, channel, body, now, null);
	}

}
