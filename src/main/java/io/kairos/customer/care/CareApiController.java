package io.kairos.customer.care;

import java.net.URI;
import java.util.List;
import java.util.Optional;

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

import io.kairos.customer.profile.Channel;
import io.kairos.shared.api.Versions;

/** Contracts, personality and consent of customers over the API, and the personality reference data. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class CareApiController {

	private final Contracts contracts;

	private final Personalities personalities;

	private final Consents consents;

	CareApiController(Contracts contracts, Personalities personalities, Consents consents) {
		this.contracts = contracts;
		this.personalities = personalities;
		this.consents = consents;
	}

	@GetMapping("/customers/{id}/contracts")
	@PreAuthorize("hasAuthority('customer.read')")
	List<ContractView> contracts(@PathVariable long id) {
		return contracts.of(id);
	}

	@PostMapping(path = "/customers/{id}/contracts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('customer.write')")
	ResponseEntity<ContractView> addContract(@PathVariable long id, @Valid @RequestBody NewContract contract) {
		ContractView added = contracts.add(id, contract);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/customers/" + id + "/contracts"))
			.body(added);
	}

	@GetMapping("/contracts/expiring")
	@PreAuthorize("hasAuthority('customer.read')")
	List<ContractView> expiring(@RequestParam(required = false) Integer days) {
		return contracts.expiring(days);
	}

	@GetMapping("/personality-types")
	@PreAuthorize("hasAuthority('customer.read')")
	List<PersonalityType> personalityTypes() {
		return personalities.types();
	}

	@GetMapping("/reception-hints")
	@PreAuthorize("hasAuthority('customer.read')")
	List<ReceptionHint> receptionHints() {
		return personalities.hints();
	}

	@PutMapping(path = "/personality-types/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('customer.reference.manage')")
	ResponseEntity<PersonalityType> changeType(@PathVariable String code,
			@Valid @RequestBody PersonalityTypeChange change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long expected = Versions.expected(ifMatch, personalities.type(code).version());
		PersonalityType type = personalities.change(code, expected, change);
		return ResponseEntity.ok().eTag(Versions.etag(type.version())).body(type);
	}

	@GetMapping("/customers/{id}/personality")
	@PreAuthorize("hasAuthority('customer.read')")
	Optional<PersonalityType> personality(@PathVariable long id) {
		return personalities.of(id);
	}

	@PutMapping(path = "/customers/{id}/personality", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('customer.write')")
	Optional<PersonalityType> setPersonality(@PathVariable long id, @Valid @RequestBody PersonalityChoice choice) {
		return personalities.set(id, choice);
	}

	@GetMapping("/customers/{id}/consents")
	@PreAuthorize("hasAuthority('customer.read')")
	List<Consent> consents(@PathVariable long id) {
		return consents.of(id);
	}

	@PutMapping(path = "/customers/{id}/consents/{channel}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('customer.write')")
	Consent consent(@PathVariable long id, @PathVariable Channel channel, @Valid @RequestBody ConsentChange change) {
		return consents.record(id, channel, change);
	}

}
