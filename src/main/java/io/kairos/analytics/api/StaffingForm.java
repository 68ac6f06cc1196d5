package io.kairos.analytics.api;

import io.kairos.analytics.staffing.StaffingRequest;
import io.kairos.shared.api.ProblemException;

/**
 * The staffing planner's inputs as given (query parameters or the page's form). Blank optional fields take the
 * usual defaults: a 30-minute interval, 80 % within 20 s, at most 85 % occupancy, 30 % shrinkage. A value that is
 * not a number is a 400 naming its field; ranges are checked by the planner.
 */
record StaffingForm(String calls, String intervalMinutes, String handleSeconds, String targetPercent,
		String targetSeconds, String maxOccupancyPercent, String shrinkagePercent) {

	static StaffingForm defaults() {
		return new StaffingForm("", "30", "", "80", "20", "85", "30");
	}

	StaffingRequest toRequest() {
		return new StaffingRequest(number("calls", calls, null), (int) whole("intervalMinutes", intervalMinutes, 30),
				number("handleSeconds", handleSeconds, null), number("targetPercent", targetPercent, 80.0),
				number("targetSeconds", targetSeconds, 20.0), number("maxOccupancyPercent", maxOccupancyPercent, 85.0),
				number("shrinkagePercent", shrinkagePercent, 30.0));
	}

	boolean empty() {
		return blank(calls) && blank(handleSeconds);
	}

	private static double number(String field, String value, Double fallback) {
		if (blank(value)) {
			if (fallback == null) {
				throw ProblemException.invalid(field, "problem.staffing.required");
			}
			return fallback;
		}
		try {
			double parsed = Double.parseDouble(value.trim());
			if (Double.isNaN(parsed) || Double.isInfinite(parsed)) {
				throw ProblemException.invalid(field, "problem.staffing.number");
			}
			return parsed;
		}
		catch (NumberFormatException notANumber) {
			throw ProblemException.invalid(field, "problem.staffing.number");
		}
	}

	private static long whole(String field, String value, long fallback) {
		if (blank(value)) {
			return fallback;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException notAWholeNumber) {
			throw ProblemException.invalid(field, "problem.staffing.whole");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
