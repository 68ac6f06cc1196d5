package io.kairos.identity.audit;

import java.time.Instant;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.shared.paging.Keyset;

/** Read-only access to the audit log for admins. There is deliberately no way to change or delete an entry. */
@RestController
@RequestMapping(path = "/api/v1/audit-events", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('audit.read')")
class AuditApiController {

	private final AuditQueries queries;

	AuditApiController(AuditQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	Keyset.Page<AuditEventView> list(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String subjectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size) {
		return queries.page(new AuditFilter(actor, action, subjectType, subjectId, from, to), Keyset.of(cursor, size));
	}

	@GetMapping("/{id}")
	AuditEventView show(@PathVariable long id) {
		return queries.find(id);
	}

}
