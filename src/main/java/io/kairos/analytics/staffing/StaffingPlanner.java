package io.kairos.analytics.staffing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import io.kairos.shared.api.ProblemException;

/**
 * Plans an interval's staffing with {@link ErlangC}: checks the request (400 naming the field), finds the agents
 * needed and lists the figures for a few agent counts around it. Figures are rounded to two decimals.
 */
@Service
public class StaffingPlanner {

	public StaffingPlan plan(StaffingRequest request) {
		check(request);
		double traffic = ErlangC.trafficIntensity(request.calls(), request.intervalMinutes() * 60.0,
				request.handleSeconds());
		int agents = ErlangC.agentsNeeded(traffic, request.handleSeconds(), request.targetSeconds(),
				request.targetPercent() / 100, request.maxOccupancyPercent() / 100);
		if (agents < 0) {
			throw ProblemException.invalid("calls", "problem.staffing.too-large", ErlangC.MAX_AGENTS);
		}
		List<StaffingPlan.Option> options = new ArrayList<>();
		for (int n = Math.max((int) Math.floor(traffic) + 1, agents - 3); n <= agents + 2; n++) {
			options.add(option(n, traffic, request));
		}
		StaffingPlan.Option chosen = option(agents, traffic, request);
		return new StaffingPlan(round(traffic), agents, ErlangC.scheduled(agents, request.shrinkagePercent() / 100),
				chosen.serviceLevelPercent(), chosen.waitingPercent(), chosen.averageSpeedOfAnswerSeconds(),
				chosen.occupancyPercent(), options);
	}

	private static StaffingPlan.Option option(int agents, double traffic, StaffingRequest request) {
		return new StaffingPlan.Option(agents,
				round(100 * ErlangC.serviceLevel(agents, traffic, request.targetSeconds(), request.handleSeconds())),
				round(100 * ErlangC.probabilityOfWaiting(agents, traffic)),
				round(ErlangC.averageSpeedOfAnswer(agents, traffic, request.handleSeconds())),
				round(100 * ErlangC.occupancy(agents, traffic)));
	}

	private static void check(StaffingRequest request) {
		range("calls", request.calls(), 0.01, 1_000_000);
		range("intervalMinutes", request.intervalMinutes(), 1, 1440);
		range("handleSeconds", request.handleSeconds(), 1, 86_400);
		range("targetPercent", request.targetPercent(), 1, 99.99);
		range("targetSeconds", request.targetSeconds(), 0, 3_600);
		range("maxOccupancyPercent", request.maxOccupancyPercent(), 1, 100);
		range("shrinkagePercent", request.shrinkagePercent(), 0, 95);
	}

	private static void range(String field, double value, double min, double max) {
		if (Double.isNaN(value) || value < min || value > max) {
			throw ProblemException.invalid(field, "problem.staffing.range", format(min), format(max));
		}
	}

	private static String format(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

	private static double round(double value) {
		return Double.isInfinite(value) ? value : Math.round(value * 100) / 100.0;
	}

}
