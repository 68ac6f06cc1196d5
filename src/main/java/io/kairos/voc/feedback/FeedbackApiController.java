package io.kairos.voc.feedback;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Versions;
import io.kairos.shared.paging.Keyset;

/**
 * The feedback inbox over the API. The whole inbox needs {@code feedback.manage}; anyone who handles tickets may
 * record a suggestion or praise and read the praise routed to them ({@code mine=true}).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class FeedbackApiController {

	private final FeedbackInbox inbox;

	private final FeedbackCategories categories;

	FeedbackApiController(FeedbackInbox inbox, FeedbackCategories categories) {
		this.inbox = inbox;
		this.categories = categories;
	}

	@GetMapping("/feedback")
	@PreAuthorize("hasAnyAuthority('feedback.manage', 'ticket.write')")
	Keyset.Page<FeedbackItem> list(@RequestParam(required = false) FeedbackKind kind,
			@RequestParam(required = false) FeedbackStatus status, @RequestParam(required = false) Long category,
			@RequestParam(required = false) FeedbackPriority priority, @RequestParam(required = false) Long assignee,
			@RequestParam(required = false) Boolean mine, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal StaffPrincipal staff) {
		boolean routedOnly = Boolean.TRUE.equals(mine) || !staff.hasPermission("feedback.manage");
		return inbox.list(new FeedbackFilter(kind, status, category, priority, assignee, routedOnly ? staff.id() : null),
				Keyset.of(cursor, size));
	}

	@GetMapping("/feedback/{id}")
	@PreAuthorize("hasAnyAuthority('feedback.manage', 'ticket.write')")
	ResponseEntity<FeedbackItem> show(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		FeedbackItem item = inbox.get(id);
		if (!staff.hasPermission("feedback.manage") && !inbox.routedTo(id, staff.id())) {
			throw ProblemException.notFound("problem.voc.feedback.not-found");
		}
		return ResponseEntity.ok().eTag(Versions.etag(item.version())).body(item);
	}

	@PostMapping(path = "/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyAuthority('feedback.manage', 'ticket.write')")
	ResponseEntity<FeedbackItem> create(@RequestBody NewFeedback feedback, @AuthenticationPrincipal StaffPrincipal staff) {
		FeedbackItem item = inbox.create(feedback, staff.id());
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/feedback/" + item.id()))
			.eTag(Versions.etag(item.version()))
			.body(item);
	}

	@PatchMapping(path = "/feedback/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('feedback.manage')")
	ResponseEntity<FeedbackItem> update(@PathVariable long id, @RequestBody FeedbackChange change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		FeedbackItem item = inbox.update(id, Versions.expected(ifMatch, inbox.get(id).version()), change);
		return ResponseEntity.ok().eTag(Versions.etag(item.version())).body(item);
	}

	@GetMapping("/feedback-categories")
	@PreAuthorize("hasAnyAuthority('feedback.manage', 'feedback.category.manage', 'ticket.write', 'voc.read')")
	List<FeedbackCategory> categories() {
		return categories.all();
	}

	@PostMapping(path = "/feedback-categories", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('feedback.category.manage')")
	ResponseEntity<FeedbackCategory> createCategory(@RequestBody CategoryRequest request) {
		FeedbackCategory category = categories.create(request.code(), request.nameEn(), request.nameZh());
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/feedback-categories/" + category.id()))
			.eTag(Versions.etag(category.version()))
			.body(category);
	}

	@PatchMapping(path = "/feedback-categories/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('feedback.category.manage')")
	ResponseEntity<FeedbackCategory> updateCategory(@PathVariable long id, @RequestBody CategoryRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long current = categories.find(id)
			.orElseThrow(() -> ProblemException.notFound("problem.voc.category.not-found"))
			.version();
		FeedbackCategory category = categories.update(id, Versions.expected(ifMatch, current), request.nameEn(),
				request.nameZh(), request.active());
		return ResponseEntity.ok().eTag(Versions.etag(category.version())).body(category);
	}

	record CategoryRequest(String code, String nameEn, String nameZh, Boolean active) {
	}

}
