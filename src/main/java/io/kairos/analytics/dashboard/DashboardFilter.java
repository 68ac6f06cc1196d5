package io.kairos.analytics.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a dashboard shows: a period of days (both inclusive, in the service's time zone) and optional codes of team,
 * channel, tier, segment and region. Blank codes mean "all".
 */
public record DashboardFilter(LocalDate from, LocalDate to, String team, String channel, String tier, String segment,
		String region) {

	public DashboardFilter {
		team = blankToNull(team);
		channel = blankToNull(channel);
		tier = blankToNull(tier);
		segment = blankToNull(segment);
		region = blankToNull(region);
	}

	public static DashboardFilter period(LocalDate from, LocalDate to) {
		return new DashboardFilter(from, to, null, null, null, null, null);
	}

	/** The filter as query parameters (for links, exports and the audit log), blank ones left out. */
	public Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("from", from.toString());
		parameters.put("to", to.toString());
		put(parameters, "team", team);
		put(parameters, "channel", channel);
		put(parameters, "tier", tier);
		put(parameters, "segment", segment);
		put(parameters, "region", region);
		return parameters;
	}

	private static void put(Map<String, String> parameters, String name, String value) {
		if (value != null) {
			parameters.put(name, value);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
