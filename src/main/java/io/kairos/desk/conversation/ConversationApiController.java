package io.kairos.desk.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;

/**
 * A ticket's conversation over the API: JSON for text, multipart/form-data when files come with it. Attachments
 * are downloaded as attachments (never rendered inline) with the type recognised at upload.
 */
@RestController
class ConversationApiController {

	private final Conversation conversation;

	private final Viewers viewers;

	ConversationApiController(Conversation conversation, Viewers viewers) {
		this.conversation = conversation;
		this.viewers = viewers;
	}

	@GetMapping(path = "/api/v1/tickets/{id}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.read')")
	List<MessageView> messages(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		return conversation.messages(id, viewers.of(staff));
	}

	@PostMapping(path = "/api/v1/tickets/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.write')")
	ResponseEntity<MessageView> post(@PathVariable long id, @Valid @RequestBody NewMessage message,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return created(conversation.post(id, message, List.of(), viewers.of(staff)));
	}

	@PostMapping(path = "/api/v1/tickets/{id}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.write')")
	ResponseEntity<MessageView> postWithFiles(@PathVariable long id, @Valid @ModelAttribute NewMessage message,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return created(conversation.post(id, message, uploads(files), viewers.of(staff)));
	}

	@GetMapping("/api/v1/attachments/{id}")
	@PreAuthorize("hasAuthority('ticket.read')")
	ResponseEntity<Resource> download(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		Conversation.StoredAttachment attachment = conversation.attachment(id, viewers.of(staff));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.contentLength(attachment.size())
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(attachment.file()));
	}

	static List<Upload> uploads(List<MultipartFile> files) {
		List<Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue; // an empty file input of a form
			}
			try {
				uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

	private static ResponseEntity<MessageView> created(MessageView message) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/tickets/" + message.ticketId() + "/messages/" + message.id()))
			.body(message);
	}

}
