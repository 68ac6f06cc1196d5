package io.kairos.desk.conversation;

import java.time.Instant;
import java.util.List;

import io.kairos.desk.AuthorKind;
import io.kairos.desk.MessageVisibility;
import io.kairos.desk.TicketChannel;

/** A conversation message with its attachments, as the API and the ticket page show it. */
public record MessageView(long id, long ticketId, MessageVisibility visibility, AuthorKind authorKind,
		Long authorStaffId, TicketChannel channel, String body, Instant createdAt, List<AttachmentView> attachments) {

	/** An attachment's metadata; the bytes come from {@code GET /api/v1/attachments/{id}}. */
	public record AttachmentView(long id, String fileName, String contentType, long size) {
	}

}
