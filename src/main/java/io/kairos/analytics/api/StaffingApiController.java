package io.kairos.analytics.api;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.analytics.staffing.StaffingPlan;
import io.kairos.analytics.staffing.StaffingPlanner;

/**
 * {@code GET /api/v1/staffing/erlang-c?calls=&intervalMinutes=&handleSeconds=&targetPercent=&targetSeconds=
 * &maxOccupancyPercent=&shrinkagePercent=}: agents needed for an interval by Erlang C.
 */
@RestController
@RequestMapping(path = "/api/v1/staffing", produces = MediaType.APPLICATION_JSON_VALUE)
class StaffingApiController {

	private final StaffingPlanner planner;

	StaffingApiController(StaffingPlanner planner) {
		this.planner = planner;
	}

	@GetMapping("/erlang-c")
	@PreAuthorize("hasAuthority('staffing.plan')")
	StaffingPlan erlangC(@RequestParam(required = false) String calls,
			@RequestParam(required = false) String intervalMinutes, @RequestParam(required = false) String handleSeconds,
			@RequestParam(required = false) String targetPercent, @RequestParam(required = false) String targetSeconds,
			@RequestParam(required = false) String maxOccupancyPercent,
			@RequestParam(required = false) String shrinkagePercent) {
		return planner.plan(new StaffingForm(calls, intervalMinutes, handleSeconds, targetPercent, targetSeconds,
				maxOccupancyPercent, shrinkagePercent).toRequest());
	}

}
