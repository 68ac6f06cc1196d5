package io.kairos.desk.automation.trigger;

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

/** Trigger definitions over the API, for desk admins. */
@RestController
@RequestMapping(path = "/api/v1/triggers", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('desk.admin')")
class TriggerApiController {

	private final Triggers triggers;

	TriggerApiController(Triggers triggers) {
		this.triggers = triggers;
	}

	@GetMapping
	List<TriggerView> list() {
		return triggers.all();
	}

	@GetMapping("/{id}")
	ResponseEntity<TriggerView> show(@PathVariable long id) {
		TriggerView trigger = triggers.find(id);
		return ResponseEntity.ok().eTag(Versions.etag(trigger.version())).body(trigger);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<TriggerView> create(@RequestBody TriggerCommand command) {
		TriggerView trigger = triggers.create(command);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/triggers/" + trigger.id()))
			.eTag(Versions.etag(trigger.version()))
			.body(trigger);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<TriggerView> update(@PathVariable long id, @RequestBody TriggerCommand command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		TriggerView trigger = triggers.update(id, Versions.expected(ifMatch, triggers.find(id).version()), command);
		return ResponseEntity.ok().eTag(Versions.etag(trigger.version())).body(trigger);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		triggers.delete(id);
		return ResponseEntity.noContent().build();
	}

}
