package io.kairos.journey.design;

import java.net.URI;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.identity.StaffPrincipal;

/** E-MOT designs over the API: the three steps and the comparison. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class DesignApiController {

	private final Designs designs;

	DesignApiController(Designs designs) {
		this.designs = designs;
	}

	@GetMapping("/journeys/{id}/designs")
	@PreAuthorize("hasAuthority('journey.read')")
	List<DesignView> list(@PathVariable long id) {
		return designs.ofJourney(id);
	}

	@PostMapping(path = "/journeys/{id}/designs", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('journey.manage')")
	ResponseEntity<DesignView> create(@PathVariable long id, @RequestBody Designs.NewDesign command,
			@AuthenticationPrincipal StaffPrincipal staff) {
		DesignView design = designs.create(id, command, staff.id());
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/designs/" + design.id())).body(design);
	}

	@GetMapping("/designs/{id}")
	@PreAuthorize("hasAuthority('journey.read')")
	DesignView show(@PathVariable long id) {
		return designs.get(id);
	}

	@PostMapping(path = "/designs/{id}/steps", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('journey.manage')")
	ResponseEntity<DesignView> granularise(@PathVariable long id, @RequestBody Designs.NewStep step) {
		return ResponseEntity.status(HttpStatus.CREATED).body(designs.addStep(id, step));
	}

	@PutMapping(path = "/designs/{id}/steps/{stepId}/touchpoint", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('journey.manage')")
	DesignView touchpointise(@PathVariable long id, @PathVariable long stepId, @RequestBody Designs.Binding binding) {
		return designs.bind(id, stepId, binding);
	}

	@PostMapping(path = "/designs/{id}/moments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('journey.manage')")
	ResponseEntity<DesignView> peakise(@PathVariable long id, @RequestBody Designs.NewMoment moment) {
		return ResponseEntity.status(HttpStatus.CREATED).body(designs.addMoment(id, moment));
	}

	@GetMapping("/designs/{id}/comparison")
	@PreAuthorize("hasAuthority('journey.read')")
	Comparison comparison(@PathVariable long id) {
		return designs.compare(id);
	}

}
