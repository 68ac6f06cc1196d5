package io.kairos.voc.loop;

import java.net.URI;

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
import org.springframework.web.bind.annotation.PutMapping;
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
 * The closed loop over the API: follow-ups (one's own with {@code ticket.write}, everyone's with {@code voc.read}),
 * a survey's follow-up settings, and the improvement actions of the outer loop.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class FollowUpApiController {

	private final FollowUps followUps;

	private final FollowUpPolicies policies;

	private final ImprovementActions actions;

	FollowUpApiController(FollowUps followUps, FollowUpPolicies policies, ImprovementActions actions) {
		this.followUps = followUps;
		this.policies = policies;
		this.actions = actions;
	}

	/** {@code scope=mine} (default): my open follow-ups; {@code scope=all}: every follow-up, a page at a time. */
	@GetMapping("/follow-ups")
	@PreAuthorize("hasAnyAuthority('ticket.write', 'voc.read')")
	Keyset.Page<FollowUpView> list(@RequestParam(required = false) String scope,
			@RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal StaffPrincipal staff) {
		if (scope == null || scope.isBlank() || "mine".equals(scope)) {
			return new Keyset.Page<>(followUps.openFor(staff.id()), null);
		}
		if (!"all".equals(scope)) {
			throw ProblemException.invalid("scope", "problem.voc.follow-up.scope");
		}
		if (!staff.hasPermission("voc.read")) {
			throw ProblemException.forbidden("problem.voc.follow-up.not-yours");
		}
		if (status != null && !"OPEN".equals(status) && !"DONE".equals(status)) {
			throw ProblemException.invalid("status", "problem.voc.follow-up.status");
		}
		return followUps.all(status, Boolean.TRUE.equals(overdue), Keyset.of(cursor, size));
	}

	@GetMapping("/follow-ups/{id}")
	@PreAuthorize("hasAnyAuthority('ticket.write', 'voc.read')")
	FollowUpView show(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		FollowUpView task = followUps.get(id);
		if (!followUps.mayWork(task, staff)) {
			throw ProblemException.notFound("problem.voc.follow-up.not-found");
		}
		return task;
	}

	@PostMapping(path = "/follow-ups/{id}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyAuthority('ticket.write', 'voc.read')")
	FollowUpView outcome(@PathVariable long id, @RequestBody OutcomeRequest request,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return followUps.record(id, request.outcome(), request.note(), staff);
	}

	@GetMapping("/surveys/{id}/follow-up-policy")
	@PreAuthorize("hasAnyAuthority('survey.manage', 'voc.read')")
	ResponseEntity<FollowUpPolicy> policy(@PathVariable long id) {
		FollowUpPolicy policy = policies.of(id);
		return ResponseEntity.ok().eTag(Versions.etag(policy.version())).body(policy);
	}

	@PutMapping(path = "/surveys/{id}/follow-up-policy", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('survey.manage')")
	ResponseEntity<FollowUpPolicy> savePolicy(@PathVariable long id, @RequestBody PolicyRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long current = policies.of(id).version();
		FollowUpPolicy policy = policies.save(id, current < 0 ? current : Versions.expected(ifMatch, current),
				request.includePassives(), request.teamId(), request.slaHours());
		return ResponseEntity.ok().eTag(Versions.etag(policy.version())).body(policy);
	}

	@GetMapping("/improvement-actions")
	@PreAuthorize("hasAnyAuthority('voc.read', 'feedback.manage')")
	Keyset.Page<ImprovementActionView> actions(@RequestParam(required = false) ActionStatus status,
			@RequestParam(required = false) Long category, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer size) {
		return actions.list(status, category, Keyset.of(cursor, size));
	}

	@GetMapping("/improvement-actions/{id}")
	@PreAuthorize("hasAnyAuthority('voc.read', 'feedback.manage')")
	ResponseEntity<ImprovementActionView> action(@PathVariable long id) {
		ImprovementActionView action = actions.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(action.version())).body(action);
	}

	@PostMapping(path = "/improvement-actions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('feedback.manage')")
	ResponseEntity<ImprovementActionView> createAction(@RequestBody ActionCommand command) {
		ImprovementActionView action = actions.create(command);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/improvement-actions/" + action.id()))
			.eTag(Versions.etag(action.version()))
			.body(action);
	}

	@PatchMapping(path = "/improvement-actions/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('feedback.manage')")
	ResponseEntity<ImprovementActionView> updateAction(@PathVariable long id, @RequestBody ActionCommand command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		ImprovementActionView action = actions.update(id, Versions.expected(ifMatch, actions.get(id).version()), command);
		return ResponseEntity.ok().eTag(Versions.etag(action.version())).body(action);
	}

	record OutcomeRequest(FollowUpOutcome outcome, String note) {
	}

	record PolicyRequest(Boolean includePassives, Long teamId, Integer slaHours) {
	}

}
