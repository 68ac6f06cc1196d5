package io.kairos.analytics.staffing;

/**
 * A staffing question for one interval: forecast calls in it, its length in minutes, average handle time in
 * seconds, the service-level target (percent answered within {@code targetSeconds}), the maximum occupancy and the
 * shrinkage, both in percent.
 */
public record StaffingRequest(double calls, int intervalMinutes, double handleSeconds, double targetPercent,
		double targetSeconds, double maxOccupancyPercent, double shrinkagePercent) {
}
