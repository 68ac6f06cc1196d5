package io.kairos.voc.survey;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.Versions;

/** Survey templates over the API: create, list, read (a version), edit (If-Match), publish (If-Match). */
@RestController
@RequestMapping(path = "/api/v1/surveys", produces = MediaType.APPLICATION_JSON_VALUE)
class SurveyApiController {

	private final Surveys surveys;

	SurveyApiController(Surveys surveys) {
		this.surveys = surveys;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('survey.manage')")
	ResponseEntity<SurveyView> create(@RequestBody SurveySpec spec, @AuthenticationPrincipal StaffPrincipal staff) {
		SurveyView survey = surveys.create(spec, staff == null ? null : staff.id());
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/surveys/" + survey.id()))
			.eTag(Versions.etag(survey.version()))
			.body(survey);
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('survey.manage', 'voc.read')")
	SurveyPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(required = false) String sort) {
		return surveys.list(page, size, sort);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('survey.manage', 'voc.read')")
	ResponseEntity<SurveyView> show(@PathVariable long id, @RequestParam(required = false) Integer version) {
		SurveyView survey = surveys.get(id, version);
		return ResponseEntity.ok().eTag(Versions.etag(survey.version())).body(survey);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('survey.manage')")
	ResponseEntity<SurveyView> edit(@PathVariable long id, @RequestBody SurveySpec spec,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long expected = Versions.expected(ifMatch, surveys.get(id, null).version());
		SurveyView survey = surveys.edit(id, expected, spec);
		return ResponseEntity.ok().eTag(Versions.etag(survey.version())).body(survey);
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasAuthority('survey.manage')")
	ResponseEntity<SurveyView> publish(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long expected = Versions.expected(ifMatch, surveys.get(id, null).version());
		SurveyView survey = surveys.publish(id, expected);
		return ResponseEntity.ok().eTag(Versions.etag(survey.version())).body(survey);
	}

}
