package io.kairos.desk.sla;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RestController;

import io.kairos.shared.api.Versions;

@RestController
@RequestMapping(path = "/api/v1/sla-policies", produces = MediaType.APPLICATION_JSON_VALUE)
class SlaPolicyApiController {

	private final SlaPolicies policies;

	SlaPolicyApiController(SlaPolicies policies) {
		this.policies = policies;
	}

	/** The policies in matching order: the first that matches a ticket applies. */
	@GetMapping
	@PreAuthorize("hasAuthority('desk.sla.read')")
	Items list() {
		return new Items(policies.list(), policies.defaultWarningShare());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('desk.sla.read')")
	ResponseEntity<SlaPolicy> one(@PathVariable long id) {
		SlaPolicy policy = policies.get(id);
		return ResponseEntity.ok().header(HttpHeaders.ETAG, Versions.etag(policy.version())).body(policy);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('desk.admin')")
	ResponseEntity<SlaPolicy> create(@RequestBody SlaPolicyCommand command) {
		SlaPolicy created = policies.create(command);
		return ResponseEntity.created(URI.create("/api/v1/sla-policies/" + created.id()))
			.header(HttpHeaders.ETAG, Versions.etag(created.version()))
			.body(created);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('desk.admin')")
	ResponseEntity<SlaPolicy> update(@PathVariable long id, @RequestBody SlaPolicyCommand command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long expected = Versions.expected(ifMatch, policies.get(id).version());
		SlaPolicy updated = policies.update(id, expected, command);
		return ResponseEntity.ok().header(HttpHeaders.ETAG, Versions.etag(updated.version())).body(updated);
	}

	/** The new matching order: every policy id exactly once. */
	@PutMapping(path = "/order", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('desk.admin')")
	Items reorder(@RequestBody Order order) {
		return new Items(policies.reorder(order.ids()), policies.defaultWarningShare());
	}

	record Items(List<SlaPolicy> items, java.math.BigDecimal defaultWarningShare) {
	}

	record Order(List<Long> ids) {
	}

}
