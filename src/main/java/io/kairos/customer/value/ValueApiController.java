package io.kairos.customer.value;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.shared.paging.Keyset;

/** Value facts over the API: {@code POST} and {@code GET /api/v1/customers/{id}/values}. */
@RestController
class ValueApiController {

	private final ValueFacts facts;

	ValueApiController(ValueFacts facts) {
		this.facts = facts;
	}

	@GetMapping(path = "/api/v1/customers/{id}/values", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('customer.read')")
	Keyset.Page<ValueFactView> list(@PathVariable long id, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer size) {
		return facts.list(id, Keyset.of(cursor, size));
	}

	@PostMapping(path = "/api/v1/customers/{id}/values", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('customer.write')")
	@ResponseStatus(HttpStatus.CREATED)
	ValueFactView record(@PathVariable long id, @RequestBody NewValueFact fact) {
		return facts.record(id, fact);
	}

}
