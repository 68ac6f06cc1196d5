package io.kairos.desk.automation.timed;

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
import org.springframework.web.bind.annotation.RestController;

import io.kairos.shared.api.Versions;

/** Time-based automations over the API, for desk admins, with the dry-run preview of what they would touch. */
@RestController
@RequestMapping(path = "/api/v1/automations", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('desk.admin')")
class AutomationApiController {

	private final Automations automations;

	AutomationApiController(Automations automations) {
		this.automations = automations;
	}

	@GetMapping
	List<AutomationView> list() {
		return automations.all();
	}

	@GetMapping("/{id}")
	ResponseEntity<AutomationView> show(@PathVariable long id) {
		AutomationView automation = automations.find(id);
		return ResponseEntity.ok().eTag(Versions.etag(automation.version())).body(automation);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AutomationView> create(@RequestBody AutomationCommand command) {
		AutomationView automation = automations.create(command);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/automations/" + automation.id()))
			.eTag(Versions.etag(automation.version()))
			.body(automation);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AutomationView> update(@PathVariable long id, @RequestBody AutomationCommand command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		AutomationView automation = automations.update(id, Versions.expected(ifMatch, automations.find(id).version()),
				command);
		return ResponseEntity.ok().eTag(Versions.etag(automation.version())).body(automation);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		automations.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/preview")
	Preview preview(@PathVariable long id) {
		return Preview.of(automations.preview(id));
	}

	/** A dry run of a definition not saved yet; a POST because the definition travels in the body. */
	@PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
	Preview preview(@RequestBody AutomationCommand command) {
		return Preview.of(automations.preview(command));
	}

	record Preview(int count, boolean capped, List<AutomationMatch> tickets) {

		static Preview of(List<AutomationMatch> tickets) {
			return new Preview(tickets.size(), tickets.size() >= Automations.PREVIEW_LIMIT, tickets);
		}

	}

}
