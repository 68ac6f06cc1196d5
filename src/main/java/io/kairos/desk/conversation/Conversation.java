package io.kairos.desk.conversation;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import io.kairos.customer.CustomerId;
import io.kairos.desk.AuthorKind;
import io.kairos.desk.MessageVisibility;
import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketMessagePosted;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.ticket.Ticket;
import io.kairos.desk.ticket.TicketHistory;
import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewer;
import io.kairos.shared.api.ProblemException;

/**
 * A ticket's conversation: public replies, internal notes and the customer's own messages, with attachments.
 * Posting counts contacts and response times on the ticket; reading an attachment needs the right to see its
 * ticket, and a ticket the viewer may not see answers 404 for its messages and files alike.
 */
@Service
public class Conversation {

	static final int MAX_FILES = 5;

	private static final int MAX_FILE_NAME = 255;

	private final TicketMessageRepository messages;

	private final Tickets tickets;

	private final TicketHistory history;

	private final AttachmentStore store;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final long maxFileSize;

	Conversation(TicketMessageRepository messages, Tickets tickets, TicketHistory history, AttachmentStore store,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${kairos.desk.attachment-max-size:10MB}") DataSize maxFileSize) {
		this.messages = messages;
		this.tickets = tickets;
		this.history = history;
		this.store = store;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.maxFileSize = maxFileSize.toBytes();
	}

	@Transactional
	public MessageView post(long ticketId, NewMessage command, List<Upload> uploads, Viewer viewer) {
		Ticket ticket = tickets.get(ticketId, viewer);
		if (ticket.status() == TicketStatus.CLOSED) {
			throw ProblemException.conflict("problem.ticket.closed");
		}
		if (uploads.size() > MAX_FILES) {
			throw ProblemException.invalid("files", "problem.attachment.too-many", MAX_FILES);
		}
		List<Checked> files = uploads.stream().map(this::check).toList();
		MessageVisibility visibility = Objects.requireNonNullElse(command.visibility(), MessageVisibility.PUBLIC);
		AuthorKind author = Objects.requireNonNullElse(command.author(), AuthorKind.STAFF);
		if (author == AuthorKind.SYSTEM) {
			throw ProblemException.invalid("author", "problem.message.author");
		}
		if (author == AuthorKind.CUSTOMER && visibility == MessageVisibility.INTERNAL) {
			throw ProblemException.invalid("visibility", "problem.message.customer-internal");
		}
		TicketChannel channel = Objects.requireNonNullElse(command.channel(),
				author == AuthorKind.CUSTOMER ? ticket.channel() : TicketChannel.WEB);
		Instant now = clock.instant();
		Long staffId = author == AuthorKind.STAFF ? viewer.staffId() : null;
		TicketMessage saved = messages.save(TicketMessage.write(ticketId, visibility, author, staffId, channel,
				command.body().strip(), now));
		for (Checked file : files) {
			String key = store.store(file.content());
			jdbc.sql("""
					insert into ticket_attachment (ticket_id, message_id, file_name, content_type, size_bytes, sha256,
					storage_key, uploaded_by, created_at)
					values (:ticket, :message, :name, :type, :size, :sha, :key, :by, :at)""")
				.param("ticket", ticketId)
				.param("message", saved.id())
				.param("name", file.fileName())
				.param("type", file.type().contentType())
				.param("size", file.content().length)
				.param("sha", file.sha256())
				.param("key", key)
				.param("by", viewer.staffId())
				.param("at", io.kairos.shared.time.Timestamps.utc(now))
				.update();
		}
		if (author == AuthorKind.CUSTOMER) {
			tickets.recordCustomerContact(ticketId, now);
		}
		else if (visibility == MessageVisibility.PUBLIC) {
			tickets.recordStaffReply(ticketId, staffId, now);
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("messageId", saved.id());
		detail.put("visibility", visibility.name());
		detail.put("author", author.name());
		detail.put("attachments", files.size());
		history.record(ticketId, viewer.staffId(), "ticket.message", detail, now);
		events.publishEvent(new TicketMessagePosted(ticketId, saved.id(), new CustomerId(ticket.customerId()),
				visibility, author, channel, now));
		return view(saved);
	}

	@Transactional(readOnly = true)
	public List<MessageView> messages(long ticketId, Viewer viewer) {
		tickets.get(ticketId, viewer);
		return messages.findByTicket(ticketId).stream().map(this::view).toList();
	}

	/** The stored file of an attachment, if the viewer may see its ticket; otherwise 404. */
	@Transactional(readOnly = true)
	public StoredAttachment attachment(long attachmentId, Viewer viewer) {
		StoredAttachment attachment = jdbc
			.sql("select id, ticket_id, file_name, content_type, size_bytes, storage_key from ticket_attachment where id = :id")
			.param("id", attachmentId)
			.query((rs, n) -> new StoredAttachment(rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes"), store.locate(rs.getString("storage_key"))))
			.optional()
			.orElseThrow(() -> ProblemException.notFound("problem.attachment.not-found"));
		try {
			tickets.get(attachment.ticketId(), viewer);
		}
		catch (ProblemException hidden) {
			throw ProblemException.notFound("problem.attachment.not-found");
		}
		return attachment;
	}

	private MessageView view(TicketMessage message) {
		List<MessageView.AttachmentView> attachments = jdbc
			.sql("select id, file_name, content_type, size_bytes from ticket_attachment where message_id = :message order by id")
			.param("message", message.id())
			.query((rs, n) -> new MessageView.AttachmentView(rs.getLong("id"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes")))
			.list();
		return new MessageView(message.id(), message.ticketId(), message.visibility(), message.authorKind(),
				message.authorStaffId(), message.channel(), message.body(), message.createdAt(), attachments);
	}

	private Checked check(Upload upload) {
		if (upload.content().length == 0) {
			throw ProblemException.invalid("files", "problem.attachment.empty");
		}
		if (upload.content().length > maxFileSize) {
			throw ProblemException.invalid("files", "problem.attachment.too-large", maxFileSize / (1024 * 1024));
		}
		AttachmentType type = AttachmentType.detect(upload.content())
			.orElseThrow(() -> ProblemException.invalid("files", "problem.attachment.type"));
		return new Checked(fileName(upload.fileName()), type, upload.content(), sha256(upload.content()));
	}

	/** Keeps only the last path segment of a client's file name, without control characters. */
	static String fileName(String given) {
		String name = given == null ? "" : given.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cs}\"]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "attachment";
		}
		return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Checked(String fileName, AttachmentType type, byte[] content, String sha256) {
	}

	/** An attachment's metadata and where its bytes are. */
	public record StoredAttachment(long id, long ticketId, String fileName, String contentType, long size, Path file) {
	}

}
