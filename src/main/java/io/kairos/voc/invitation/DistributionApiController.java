package io.kairos.voc.invitation;

import java.net.URI;
import java.util.List;

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

import io.kairos.shared.api.Versions;
import io.kairos.shared.paging.Keyset;

/**
 * Distribution over the API: a survey's rules ({@code survey.manage} to change), invitations issued by staff,
 * the invitation list and the response rate per trigger ({@code voc.read} or {@code survey.manage}).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class DistributionApiController {

	private final DistributionRules rules;

	private final Invitations invitations;

	private final ResponseRates rates;

	private final KnownSurveys surveys;

	DistributionApiController(DistributionRules rules, Invitations invitations, ResponseRates rates,
			KnownSurveys surveys) {
		this.rules = rules;
		this.invitations = invitations;
		this.rates = rates;
		this.surveys = surveys;
	}

	@GetMapping("/surveys/{id}/distribution-rules")
	@PreAuthorize("hasAnyAuthority('survey.manage', 'voc.read')")
	List<DistributionRule> list(@PathVariable long id) {
		return rules.ofSurvey(id);
	}

	@PostMapping(path = "/surveys/{id}/distribution-rules", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('survey.manage')")
	ResponseEntity<DistributionRule> create(@PathVariable long id, @RequestBody RuleCommand command) {
		surveys.require(id);
		DistributionRule rule = rules.create(id, command);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/distribution-rules/" + rule.id()))
			.eTag(Versions.etag(rule.version()))
			.body(rule);
	}

	@GetMapping("/distribution-rules/{id}")
	@PreAuthorize("hasAnyAuthority('survey.manage', 'voc.read')")
	ResponseEntity<DistributionRule> show(@PathVariable long id) {
		DistributionRule rule = rules.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(rule.version())).body(rule);
	}

	@PatchMapping(path = "/distribution-rules/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('survey.manage')")
	ResponseEntity<DistributionRule> update(@PathVariable long id, @RequestBody RuleCommand command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		DistributionRule rule = rules.update(id, Versions.expected(ifMatch, rules.get(id).version()), command);
		return ResponseEntity.ok().eTag(Versions.etag(rule.version())).body(rule);
	}

	/** A link for staff to hand out ({@code {}}), or an invitation sent to a customer ({@code {"customerId":…}}). */
	@PostMapping(path = "/surveys/{id}/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('survey.manage')")
	ResponseEntity<IssuedLink> issue(@PathVariable long id, @RequestBody(required = false) IssueRequest request) {
		surveys.require(id);
		IssueRequest body = request == null ? new IssueRequest(null, null) : request;
		IssuedLink issued = invitations.issue(id, body.customerId(), body.expiryDays());
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/invitations/" + issued.id()))
			.body(issued);
	}

	@GetMapping("/surveys/{id}/invitations")
	@PreAuthorize("hasAnyAuthority('survey.manage', 'voc.read')")
	Keyset.Page<InvitationView> invitations(@PathVariable long id, @RequestParam(required = false) TriggerKind trigger,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size) {
		return invitations.ofSurvey(id, trigger, Keyset.of(cursor, size));
	}

	@GetMapping("/invitations/{id}")
	@PreAuthorize("hasAnyAuthority('survey.manage', 'voc.read')")
	InvitationView invitation(@PathVariable long id) {
		return invitations.get(id);
	}

	@GetMapping("/surveys/{id}/response-rates")
	@PreAuthorize("hasAnyAuthority('survey.manage', 'voc.read')")
	List<ResponseRate> responseRates(@PathVariable long id) {
		return rates.of(id);
	}

	record IssueRequest(Long customerId, Integer expiryDays) {
	}

}
