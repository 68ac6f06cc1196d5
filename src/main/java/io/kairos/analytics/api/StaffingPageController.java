package io.kairos.analytics.api;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.kairos.analytics.staffing.StaffingPlanner;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;

/** The staffing planner page: the form (a GET, so a plan can be bookmarked) and, once filled in, the plan. */
@Controller
class StaffingPageController {

	private final StaffingPlanner planner;

	private final Problems problems;

	StaffingPageController(StaffingPlanner planner, Problems problems) {
		this.planner = planner;
		this.problems = problems;
	}

	@GetMapping("/analytics/staffing")
	@PreAuthorize("hasAuthority('staffing.plan')")
	String page(@RequestParam(required = false) String calls, @RequestParam(required = false) String intervalMinutes,
			@RequestParam(required = false) String handleSeconds, @RequestParam(required = false) String targetPercent,
			@RequestParam(required = false) String targetSeconds,
			@RequestParam(required = false) String maxOccupancyPercent,
			@RequestParam(required = false) String shrinkagePercent, Model model) {
		StaffingForm form = new StaffingForm(calls, intervalMinutes, handleSeconds, targetPercent, targetSeconds,
				maxOccupancyPercent, shrinkagePercent);
		if (calls == null && handleSeconds == null) {
			model.addAttribute("form", StaffingForm.defaults());
			return "analytics/staffing";
		}
		model.addAttribute("form", form);
		try {
			model.addAttribute("plan", planner.plan(form.toRequest()));
		}
		catch (ProblemException refused) {
			model.addAttribute("problem", problems.message(refused.messageKey(), refused.arguments()));
			model.addAttribute("problemField", refused.field());
		}
		return "analytics/staffing";
	}

}
