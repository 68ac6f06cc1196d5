package io.kairos.customer.segment;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.shared.api.Versions;
import io.kairos.shared.paging.Keyset;

/** Segments over the API: read with {@code customer.read}, define and evaluate with {@code segment.manage}. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class SegmentApiController {

	private final Segments segments;

	SegmentApiController(Segments segments) {
		this.segments = segments;
	}

	@GetMapping("/segments")
	@PreAuthorize("hasAuthority('customer.read')")
	List<SegmentSummary> list() {
		return segments.list();
	}

	@GetMapping("/segments/{id}")
	@PreAuthorize("hasAuthority('customer.read')")
	ResponseEntity<SegmentView> show(@PathVariable long id) {
		SegmentView segment = segments.find(id);
		return ResponseEntity.ok().eTag(Versions.etag(segment.version())).body(segment);
	}

	@GetMapping("/segments/{id}/members")
	@PreAuthorize("hasAuthority('customer.read')")
	Keyset.Page<SegmentMember> members(@PathVariable long id, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer size) {
		return segments.members(id, Keyset.of(cursor, size));
	}

	@GetMapping("/segments/{id}/count-history")
	@PreAuthorize("hasAuthority('customer.read')")
	List<DailyCount> history(@PathVariable long id) {
		return segments.history(id);
	}

	@PostMapping(path = "/segments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('segment.manage')")
	ResponseEntity<SegmentView> create(@Valid @RequestBody SegmentCommand command) {
		SegmentView segment = segments.create(command);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/segments/" + segment.id()))
			.eTag(Versions.etag(segment.version()))
			.body(segment);
	}

	@PutMapping(path = "/segments/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('segment.manage')")
	ResponseEntity<SegmentView> update(@PathVariable long id, @Valid @RequestBody SegmentCommand command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long expected = Versions.expected(ifMatch, segments.find(id).version());
		SegmentView segment = segments.update(id, expected, command);
		return ResponseEntity.ok().eTag(Versions.etag(segment.version())).body(segment);
	}

	/** The member count of an unsaved rule, e.g. while it is being edited. */
	@PostMapping(path = "/segments/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('customer.read')")
	MemberCount preview(@Valid @RequestBody Preview preview) {
		return new MemberCount(segments.preview(preview.rule()));
	}

	/** Evaluates every segment now and records today's counts; answers with the count per segment id. */
	@PostMapping("/segment-evaluations")
	@PreAuthorize("hasAuthority('segment.manage')")
	Map<Long, Long> evaluate() {
		return segments.evaluateAll();
	}

}
