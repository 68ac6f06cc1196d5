package io.kairos.desk.automation.script;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Versions;

/** The script library over the API: every agent searches it, desk admins write it. */
@RestController
@RequestMapping(path = "/api/v1/scripts", produces = MediaType.APPLICATION_JSON_VALUE)
class ScriptApiController {

	private final Scripts scripts;

	ScriptApiController(Scripts scripts) {
		this.scripts = scripts;
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('ticket.read', 'desk.admin')")
	List<ScriptView> search(@RequestParam(required = false) String q, @RequestParam(required = false) ScriptStep step,
			@RequestParam(required = false) ScriptKind questionType, @RequestParam(required = false) ScriptKind kind) {
		if (questionType != null && !questionType.isQuestionType()) {
			throw ProblemException.invalid("questionType", "problem.script.question-type");
		}
		return scripts.search(q, step, questionType != null ? questionType : kind);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('ticket.read', 'desk.admin')")
	ResponseEntity<ScriptView> show(@PathVariable long id) {
		ScriptView script = scripts.find(id);
		return ResponseEntity.ok().eTag(Versions.etag(script.version())).body(script);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('desk.admin')")
	ResponseEntity<ScriptView> create(@RequestBody ScriptCommand command) {
		ScriptView script = scripts.create(command);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/scripts/" + script.id()))
			.eTag(Versions.etag(script.version()))
			.body(script);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('desk.admin')")
	ResponseEntity<ScriptView> update(@PathVariable long id, @RequestBody ScriptCommand command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		ScriptView script = scripts.update(id, Versions.expected(ifMatch, scripts.find(id).version()), command);
		return ResponseEntity.ok().eTag(Versions.etag(script.version())).body(script);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAuthority('desk.admin')")
	ResponseEntity<Void> delete(@PathVariable long id) {
		scripts.delete(id);
		return ResponseEntity.noContent().build();
	}

}
