package io.kairos.journey.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.kairos.journey.map.JourneyMap;
import io.kairos.journey.map.JourneyMaps;
import io.kairos.journey.map.Journeys;
import io.kairos.journey.mot.MotScale;
import io.kairos.journey.mot.Period;
import tools.jackson.databind.json.JsonMapper;

/** The journey list and the journey map page (drawn by static/js/journey-map.js from the map's JSON). */
@Controller
class JourneyPageController {

	private final Journeys journeys;

	private final JourneyMaps maps;

	private final JsonMapper json;

	private final ZoneId zone;

	private final Clock clock;

	JourneyPageController(Journeys journeys, JourneyMaps maps, JsonMapper json,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone, Clock clock) {
		this.journeys = journeys;
		this.maps = maps;
		this.json = json;
		this.zone = ZoneId.of(zone);
		this.clock = clock;
	}

	@GetMapping("/journeys")
	@PreAuthorize("hasAuthority('journey.read')")
	String list(Model model) {
		model.addAttribute("journeys", journeys.all());
		return "journey/journeys";
	}

	@GetMapping("/journeys/{id}")
	@PreAuthorize("hasAuthority('journey.read')")
	String map(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		JourneyMap map = maps.map(id, Period.parse(from, to, zone, clock));
		model.addAttribute("map", map);
		model.addAttribute("mapJson", json.writeValueAsString(map));
		model.addAttribute("scale", MotScale.POINTS);
		return "journey/map";
	}

}
