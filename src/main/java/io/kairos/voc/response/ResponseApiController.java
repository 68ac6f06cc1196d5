package io.kairos.voc.response;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Records one response to a published survey over the API (e.g. from a phone interview). */
@RestController
@RequestMapping(path = "/api/v1/surveys/{surveyId}", produces = MediaType.APPLICATION_JSON_VALUE)
class ResponseApiController {

	private final ResponseIntake intake;

	ResponseApiController(ResponseIntake intake) {
		this.intake = intake;
	}

	@PostMapping(path = "/responses", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('survey.manage')")
	ResponseEntity<Map<String, Object>> record(@PathVariable long surveyId, @RequestBody ResponseInput input) {
		long id = intake.recordOne(surveyId, input);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
	}

}
