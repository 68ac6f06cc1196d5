package io.kairos.customer.tier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.shared.api.Versions;
import io.kairos.shared.paging.Keyset;

/**
 * Tiers over the API: the rule set ({@code GET/PUT /tier-rules}, If-Match), running an evaluation now
 * ({@code POST /tier-evaluations}), a customer's override and tier history.
 */
@RestController
class TierApiController {

	private final TierRules rules;

	private final TierEvaluations evaluations;

	private final TierOverrides overrides;

	private final TierHistory history;

	TierApiController(TierRules rules, TierEvaluations evaluations, TierOverrides overrides, TierHistory history) {
		this.rules = rules;
		this.evaluations = evaluations;
		this.overrides = overrides;
		this.history = history;
	}

	@GetMapping(path = "/api/v1/tier-rules", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('customer.read') or hasAuthority('tier.manage')")
	ResponseEntity<TierRuleSet> rules() {
		TierRuleSet set = rules.current();
		return ResponseEntity.ok().eTag(Versions.etag(set.version())).body(set);
	}

	@PutMapping(path = "/api/v1/tier-rules", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('tier.manage')")
	ResponseEntity<TierRuleSet> replace(@RequestBody TierRuleChanges changes,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		TierRuleSet set = rules.replace(Versions.expected(ifMatch, rules.current().version()), changes);
		return ResponseEntity.ok().eTag(Versions.etag(set.version())).body(set);
	}

	@PostMapping(path = "/api/v1/tier-evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('tier.manage')")
	EvaluationResult evaluate(Authentication caller) {
		return evaluations.run(caller.getName());
	}

	@PutMapping(path = "/api/v1/customers/{id}/tier-override", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('tier.manage')")
	TierOverrides.Override override(@PathVariable long id, @RequestBody TierOverrideRequest request) {
		return overrides.set(id, request);
	}

	@GetMapping(path = "/api/v1/customers/{id}/tier-history", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('customer.read')")
	Keyset.Page<TierHistoryEntry> history(@PathVariable long id, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer size) {
		return history.of(id, Keyset.of(cursor, size));
	}

}
