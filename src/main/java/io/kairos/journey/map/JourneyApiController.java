package io.kairos.journey.map;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.journey.mot.Period;

/** Journeys, their stages and their maps over the API. */
@RestController
@RequestMapping(path = "/api/v1/journeys", produces = MediaType.APPLICATION_JSON_VALUE)
class JourneyApiController {

	private final Journeys journeys;

	private final JourneyMaps maps;

	private final ZoneId zone;

	private final Clock clock;

	JourneyApiController(Journeys journeys, JourneyMaps maps,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone, Clock clock) {
		this.journeys = journeys;
		this.maps = maps;
		this.zone = ZoneId.of(zone);
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('journey.read')")
	List<JourneyView> list() {
		return journeys.all();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('journey.read')")
	JourneyView show(@PathVariable long id) {
		return journeys.get(id);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('journey.manage')")
	ResponseEntity<JourneyView> create(@RequestBody Journeys.NewJourney command) {
		JourneyView journey = journeys.create(command);
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/journeys/" + journey.id())).body(journey);
	}

	@PostMapping(path = "/{id}/stages", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('journey.manage')")
	ResponseEntity<JourneyView> addStage(@PathVariable long id, @RequestBody Journeys.NewStage stage) {
		return ResponseEntity.status(HttpStatus.CREATED).body(journeys.addStage(id, stage));
	}

	/** The map over a period of whole days ({@code from}/{@code to} ISO dates, both included; default 90 days). */
	@GetMapping("/{id}/map")
	@PreAuthorize("hasAuthority('journey.read')")
	JourneyMap map(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return maps.map(id, Period.parse(from, to, zone, clock));
	}

}
