package io.kairos.journey.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.kairos.journey.mot.MotGrouping;
import io.kairos.journey.mot.MotIndexReport;
import io.kairos.journey.mot.MotScale;
import io.kairos.journey.mot.Period;
import io.kairos.journey.touchpoint.TouchpointChannel;
import io.kairos.journey.touchpoint.Touchpoints;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;

/** The touchpoint catalogue with its service standards, and the MOT index dashboard. */
@Controller
class TouchpointPageController {

	private final Touchpoints touchpoints;

	private final MotIndexReport report;

	private final Problems problems;

	private final ZoneId zone;

	private final Clock clock;

	TouchpointPageController(Touchpoints touchpoints, MotIndexReport report, Problems problems,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone, Clock clock) {
		this.touchpoints = touchpoints;
		this.report = report;
		this.problems = problems;
		this.zone = ZoneId.of(zone);
		this.clock = clock;
	}

	@GetMapping("/touchpoints")
	@PreAuthorize("hasAuthority('journey.read')")
	String catalogue(Model model) {
		model.addAttribute("touchpoints", touchpoints.all());
		model.addAttribute("channels", TouchpointChannel.values());
		return "journey/touchpoints";
	}

	@PostMapping("/touchpoints")
	@PreAuthorize("hasAuthority('journey.manage')")
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) TouchpointChannel channel,
			@RequestParam(required = false) String ownerDepartment, @RequestParam(required = false) String description,
			@RequestParam(required = false) String standard, @RequestParam(required = false) String target,
			@RequestParam(required = false) String unit, Model model) {
		try {
			List<Touchpoints.NewStandard> standards = new ArrayList<>();
			if (standard != null && !standard.isBlank()) {
				standards.add(new Touchpoints.NewStandard(standard, number(target), unit));
			}
			touchpoints.create(new Touchpoints.NewTouchpoint(name, channel, null, ownerDepartment, description, standards));
			return "redirect:/touchpoints";
		}
		catch (ProblemException problem) {
			model.addAttribute("refusal", problems.message(problem.messageKey(), problem.arguments()));
			return catalogue(model);
		}
	}

	@PostMapping("/touchpoints/{id}/standards")
	@PreAuthorize("hasAuthority('journey.manage')")
	String addStandard(@PathVariable long id, @RequestParam(required = false) String standard,
			@RequestParam(required = false) String target, @RequestParam(required = false) String unit, Model model) {
		try {
			touchpoints.addStandard(id, new Touchpoints.NewStandard(standard, number(target), unit));
			return "redirect:/touchpoints#touchpoint-" + id;
		}
		catch (ProblemException problem) {
			if (problem.status().value() == 404) {
				throw problem;
			}
			model.addAttribute("refusal", problems.message(problem.messageKey(), problem.arguments()));
			return catalogue(model);
		}
	}

	@GetMapping("/mot-index")
	@PreAuthorize("hasAuthority('journey.read')")
	String index(@RequestParam(required = false) String groupBy, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		MotGrouping grouping;
		Period period;
		try {
			grouping = MotGrouping.of(groupBy);
			period = Period.parse(from, to, zone, clock);
		}
		catch (ProblemException problem) {
			model.addAttribute("refusal", problems.message(problem.messageKey(), problem.arguments()));
			grouping = MotGrouping.TOUCHPOINT;
			period = Period.parse(null, null, zone, clock);
		}
		model.addAttribute("report", report.index(grouping, period));
		model.addAttribute("groupings", MotGrouping.values());
		model.addAttribute("grouping", grouping);
		model.addAttribute("scale", MotScale.POINTS);
		return "journey/mot-index";
	}

	private static BigDecimal number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			throw ProblemException.invalid("target", "problem.journey.standard.target-unit");
		}
	}

}
