package io.kairos.journey.touchpoint;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The touchpoint catalogue over the API. */
@RestController
@RequestMapping(path = "/api/v1/touchpoints", produces = MediaType.APPLICATION_JSON_VALUE)
class TouchpointApiController {

	private final Touchpoints touchpoints;

	TouchpointApiController(Touchpoints touchpoints) {
		this.touchpoints = touchpoints;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('journey.read')")
	List<TouchpointView> list() {
		return touchpoints.all();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('journey.read')")
	TouchpointView show(@PathVariable long id) {
		return touchpoints.get(id);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('journey.manage')")
	ResponseEntity<TouchpointView> create(@RequestBody Touchpoints.NewTouchpoint command) {
		TouchpointView touchpoint = touchpoints.create(command);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/touchpoints/" + touchpoint.id()))
			.body(touchpoint);
	}

	@PostMapping(path = "/{id}/standards", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('journey.manage')")
	ResponseEntity<TouchpointView> addStandard(@PathVariable long id, @RequestBody Touchpoints.NewStandard standard) {
		return ResponseEntity.status(HttpStatus.CREATED).body(touchpoints.addStandard(id, standard));
	}

}
