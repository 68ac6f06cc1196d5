package io.kairos.customer.profile;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.customer.LifecycleStage;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Versions;
import io.kairos.shared.paging.Keyset;

/**
 * Customers over the API. Everything returned is masked; {@code POST /{id}/reveal} is the one audited way
 * to the full contact data. Creates take an Idempotency-Key; changes take If-Match.
 */
@RestController
@RequestMapping(path = "/api/v1/customers", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomerApiController {

	private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final Customers customers;

	CustomerApiController(Customers customers) {
		this.customers = customers;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('customer.read')")
	Keyset.Page<CustomerView> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String tier, @RequestParam(required = false) LifecycleStage stage,
			@RequestParam(required = false) Long segment, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer size) {
		return customers.page(new CustomerFilter(q, tier, stage, segment, tag), Keyset.of(cursor, size));
	}

	/** Up to ten masked suggestions for a search box: by a fragment of the name or the full mobile number. */
	@GetMapping("/autocomplete")
	@PreAuthorize("hasAuthority('customer.read')")
	java.util.List<CustomerSuggestion> autocomplete(@RequestParam(required = false) String q) {
		return customers.suggest(q);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('customer.read')")
	ResponseEntity<CustomerView> show(@PathVariable long id) {
		CustomerView customer = customers.find(id);
		return ResponseEntity.ok().eTag(Versions.etag(customer.version())).body(customer);
	}

	/** The customers who belong to an organisation, masked, newest first, at most 200; none for a person. */
	@GetMapping("/{id}/members")
	@PreAuthorize("hasAuthority('customer.read')")
	java.util.List<CustomerSuggestion> members(@PathVariable long id) {
		return customers.members(id);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('customer.write')")
	ResponseEntity<CustomerView> create(@Valid @RequestBody NewCustomer command) {
		CustomerView customer = customers.create(command);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/customers/" + customer.id()))
			.eTag(Versions.etag(customer.version()))
			.body(customer);
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('customer.write')")
	ResponseEntity<CustomerView> update(@PathVariable long id, @Valid @RequestBody CustomerChanges changes,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long expected = Versions.expected(ifMatch, customers.find(id).version());
		CustomerView customer = customers.update(id, expected, changes);
		return ResponseEntity.ok().eTag(Versions.etag(customer.version())).body(customer);
	}

	@PostMapping("/{id}/reveal")
	@PreAuthorize("hasAuthority('customer.pii.reveal')")
	ResponseEntity<RevealedContact> reveal(@PathVariable long id,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
		if (idempotencyKey != null) {
			// A stored answer would hold the full contact data and be replayed without an audit row.
			throw ProblemException.invalid(IDEMPOTENCY_KEY, "problem.customer.reveal-not-replayable");
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(customers.reveal(id));
	}

}
