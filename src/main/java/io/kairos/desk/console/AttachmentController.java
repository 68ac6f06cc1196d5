package io.kairos.desk.console;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.kairos.desk.conversation.Conversation;
import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;

/**
 * Attachment downloads for the signed-in console: always as a download, with the type recognised at upload and
 * no sniffing, so a file can never run as a page of this site. A hidden ticket's files are a 404.
 */
@Controller
@PreAuthorize("hasAuthority('ticket.read')")
class AttachmentController {

	private final Conversation conversation;

	private final Viewers viewers;

	AttachmentController(Conversation conversation, Viewers viewers) {
		this.conversation = conversation;
		this.viewers = viewers;
	}

	@GetMapping("/desk/attachments/{id}")
	ResponseEntity<Resource> download(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		Conversation.StoredAttachment attachment = conversation.attachment(id, viewers.of(staff));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.contentLength(attachment.size())
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(attachment.file()));
	}

}
