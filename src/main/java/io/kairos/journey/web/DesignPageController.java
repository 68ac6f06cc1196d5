package io.kairos.journey.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.kairos.identity.StaffPrincipal;
import io.kairos.journey.design.DesignLaw;
import io.kairos.journey.design.DesignView;
import io.kairos.journey.design.Designs;
import io.kairos.journey.design.MomentKind;
import io.kairos.journey.map.JourneyMap;
import io.kairos.journey.map.JourneyMaps;
import io.kairos.journey.map.JourneyView;
import io.kairos.journey.map.Journeys;
import io.kairos.journey.mot.Period;
import io.kairos.journey.touchpoint.TouchpointView;
import io.kairos.journey.touchpoint.Touchpoints;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;

/**
 * The guided E-MOT editor: 1 granularise, 2 touchpoint-ise, 3 peak-ise, then the comparison. Plain forms; a
 * refused entry shows the problem above the step's form.
 */
@Controller
class DesignPageController {

	private final Designs designs;

	private final Journeys journeys;

	private final JourneyMaps maps;

	private final Touchpoints touchpoints;

	private final Problems problems;

	private final ZoneId zone;

	private final Clock clock;

	DesignPageController(Designs designs, Journeys journeys, JourneyMaps maps, Touchpoints touchpoints,
			Problems problems, @Value("${kairos.default-time-zone:Asia/Shanghai}") String zone, Clock clock) {
		this.designs = designs;
		this.journeys = journeys;
		this.maps = maps;
		this.touchpoints = touchpoints;
		this.problems = problems;
		this.zone = ZoneId.of(zone);
		this.clock = clock;
	}

	@GetMapping("/journeys/{id}/designs")
	@PreAuthorize("hasAuthority('journey.read')")
	String list(@PathVariable long id, Model model) {
		model.addAttribute("journey", journeys.get(id));
		model.addAttribute("designs", designs.ofJourney(id));
		model.addAttribute("today", LocalDate.now(clock.withZone(zone)));
		return "journey/designs";
	}

	@PostMapping("/journeys/{id}/designs")
	@PreAuthorize("hasAuthority('journey.manage')")
	String create(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String effectiveFrom, @AuthenticationPrincipal StaffPrincipal staff,
			Model model) {
		try {
			DesignView design = designs.create(id, new Designs.NewDesign(name, date(effectiveFrom)), staff.id());
			return "redirect:/designs/" + design.id() + "?step=1";
		}
		catch (ProblemException problem) {
			refusal(problem, model);
			return list(id, model);
		}
	}

	@GetMapping("/designs/{id}")
	@PreAuthorize("hasAuthority('journey.read')")
	String editor(@PathVariable long id, @RequestParam(required = false) Integer step, Model model) {
		DesignView design = designs.get(id);
		JourneyView journey = journeys.get(design.journeyId());
		int current = step == null ? design.nextStep() : Math.max(1, Math.min(3, step));
		Map<Long, JourneyView.Stage> stages = new HashMap<>();
		journey.stages().forEach(s -> stages.put(s.id(), s));
		Map<Long, TouchpointView> byId = new HashMap<>();
		touchpoints.all().forEach(t -> byId.put(t.id(), t));
		JourneyMap baseline = maps.map(journey.id(), new Period(design.effectiveFrom().minusDays(90),
				design.effectiveFrom().minusDays(1), zone));
		model.addAttribute("design", design);
		model.addAttribute("journey", journey);
		model.addAttribute("stages", stages);
		model.addAttribute("touchpoints", byId);
		model.addAttribute("baseline", baseline);
		model.addAttribute("failing", designs.baselineStages(design).stream()
			.filter(s -> s.hygiene() && s.mean() != null && s.mean() < 0)
			.toList());
		model.addAttribute("step", current);
		model.addAttribute("kinds", MomentKind.values());
		model.addAttribute("laws", DesignLaw.values());
		return "journey/design";
	}

	@PostMapping("/designs/{id}/steps")
	@PreAuthorize("hasAuthority('journey.manage')")
	String granularise(@PathVariable long id, @RequestParam(required = false) Long stageId,
			@RequestParam(required = false) String name, Model model) {
		try {
			designs.addStep(id, new Designs.NewStep(stageId, name));
			return "redirect:/designs/" + id + "?step=1";
		}
		catch (ProblemException problem) {
			return refused(id, 1, problem, model);
		}
	}

	@PostMapping("/designs/{id}/steps/{stepId}/touchpoint")
	@PreAuthorize("hasAuthority('journey.manage')")
	String touchpointise(@PathVariable long id, @PathVariable long stepId,
			@RequestParam(required = false) Long touchpointId, @RequestParam(required = false) Long standardId,
			Model model) {
		try {
			designs.bind(id, stepId, new Designs.Binding(touchpointId, standardId));
			return "redirect:/designs/" + id + "?step=2";
		}
		catch (ProblemException problem) {
			return refused(id, 2, problem, model);
		}
	}

	@PostMapping("/designs/{id}/moments")
	@PreAuthorize("hasAuthority('journey.manage')")
	String peakise(@PathVariable long id, @RequestParam(required = false) Long stepId,
			@RequestParam(required = false) MomentKind kind, @RequestParam(required = false) String segment,
			@RequestParam(required = false) String addresses, @RequestParam(required = false) DesignLaw law,
			@RequestParam(required = false) String expectedNpsChange, @RequestParam(required = false) String idea,
			Model model) {
		try {
			designs.addMoment(id, new Designs.NewMoment(stepId, kind, segment, addresses, law,
					number(expectedNpsChange), idea));
			return "redirect:/designs/" + id + "?step=3";
		}
		catch (ProblemException problem) {
			return refused(id, 3, problem, model);
		}
	}

	@GetMapping("/designs/{id}/comparison")
	@PreAuthorize("hasAuthority('journey.read')")
	String comparison(@PathVariable long id, Model model) {
		DesignView design = designs.get(id);
		model.addAttribute("design", design);
		model.addAttribute("journey", journeys.get(design.journeyId()));
		model.addAttribute("comparison", designs.compare(id));
		return "journey/comparison";
	}

	private String refused(long id, int step, ProblemException problem, Model model) {
		if (problem.status().value() == 404) {
			throw problem;
		}
		refusal(problem, model);
		return editor(id, step, model);
	}

	private void refusal(ProblemException problem, Model model) {
		model.addAttribute("refusal", problems.message(problem.messageKey(), problem.arguments()));
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.invalid("effectiveFrom", "problem.journey.period.format");
		}
	}

	private static BigDecimal number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			throw ProblemException.invalid("expectedNpsChange", "problem.emot.expected-nps");
		}
	}

}
