package io.kairos.analytics.staffing;

import java.util.List;

/**
 * The answer to a {@link StaffingRequest}: traffic in Erlangs, agents needed on the phones and to schedule, and
 * with those agents the expected service level (percent), probability of waiting (percent), average speed of
 * answer (seconds) and occupancy (percent); {@code options} shows the same figures for nearby agent counts.
 */
public record StaffingPlan(double trafficIntensity, int agents, int scheduledAgents, double serviceLevelPercent,
		double waitingPercent, double averageSpeedOfAnswerSeconds, double occupancyPercent, List<Option> options) {

	/** The figures with a given number of agents. */
	public record Option(int agents, double serviceLevelPercent, double waitingPercent,
			double averageSpeedOfAnswerSeconds, double occupancyPercent) {
	}

}
