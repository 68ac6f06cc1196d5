package io.kairos.desk.followup.promise;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
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

import io.kairos.desk.ticket.Viewer;
import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.Versions;

/** Promises over the API: make one on a ticket, list a ticket's, settle or reschedule one (If-Match), kept rates. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class PromiseApiController {

	private final Promises promises;

	private final PromiseReports reports;

	private final Viewers viewers;

	PromiseApiController(Promises promises, PromiseReports reports, Viewers viewers) {
		this.promises = promises;
		this.reports = reports;
		this.viewers = viewers;
	}

	@PostMapping(path = "/tickets/{id}/promises", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.write')")
	ResponseEntity<PromiseView> make(@PathVariable long id, @RequestBody Promises.NewPromise command,
			@AuthenticationPrincipal StaffPrincipal staff) {
		PromiseView promise = promises.make(id, command, viewers.of(staff));
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/promises/" + promise.id()))
			.eTag(Versions.etag(promise.version()))
			.body(promise);
	}

	@GetMapping("/tickets/{id}/promises")
	@PreAuthorize("hasAuthority('ticket.read')")
	List<PromiseView> list(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		return promises.of(id, viewers.of(staff));
	}

	@GetMapping("/promises/{id}")
	@PreAuthorize("hasAuthority('ticket.read')")
	ResponseEntity<PromiseView> show(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		PromiseView promise = promises.get(id, viewers.of(staff));
		return ResponseEntity.ok().eTag(Versions.etag(promise.version())).body(promise);
	}

	@PatchMapping(path = "/promises/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.write')")
	ResponseEntity<PromiseView> change(@PathVariable long id, @RequestBody Promises.PromiseChange change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal StaffPrincipal staff) {
		Viewer viewer = viewers.of(staff);
		long expected = Versions.expected(ifMatch, promises.get(id, viewer).version());
		PromiseView promise = promises.change(id, expected, change, viewer);
		return ResponseEntity.ok().eTag(Versions.etag(promise.version())).body(promise);
	}

	@GetMapping("/promises/kept-rate")
	@PreAuthorize("hasAnyAuthority('report.team', 'report.read')")
	PromiseReports.KeptRates keptRate(@RequestParam(required = false) String groupBy,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
		return reports.keptRate(groupBy, from, to);
	}

}
