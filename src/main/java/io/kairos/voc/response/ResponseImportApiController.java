package io.kairos.voc.response;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.identity.StaffPrincipal;

/**
 * Imports a JSON array of responses into a survey: 201 with the count, or 400 with a row-by-row report
 * ({@code rows: [{row, errors: [{field, message}]}]}) and nothing stored.
 */
@RestController("vocImportApiController")
@RequestMapping(path = "/api/v1/surveys/{surveyId}", produces = MediaType.APPLICATION_JSON_VALUE)
class ResponseImportApiController {

	private final ResponseImport imports;

	private final ImportProblems report;

	ResponseImportApiController(ResponseImport imports, ImportProblems report) {
		this.imports = imports;
		this.report = report;
	}

	@PostMapping(path = "/responses:import", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('survey.manage')")
	ResponseEntity<?> importResponses(@PathVariable long surveyId, @RequestParam(required = false) Integer version,
			@RequestBody List<ResponseInput> rows, @AuthenticationPrincipal StaffPrincipal staff) {
		ResponseImport.Outcome outcome = imports.importAll(surveyId, version, rows, "api",
				staff == null ? null : staff.id());
		if (!outcome.accepted()) {
			ProblemDetail problem = report.problem(outcome);
			return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("importId", outcome.importId(), "stored", outcome.stored()));
	}

}
