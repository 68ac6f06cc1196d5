package io.kairos.analytics.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a dashboard shows: a period of days (both inclusive, in the reporting time zone) and optional filters, as the
 * KPI roll-ups know them: team id, channel code, customer tier code and ticket type code. Null means "all".
 */
public record DashboardFilter(LocalDate from, LocalDate to, Long team, String channel, String tier, String type) {

	public DashboardFilter {
		channel = blankToNull(channel);
		tier = blankToNull(tier);
		type = blankToNull(type);
	}

	public static DashboardFilter period(LocalDate from, LocalDate to) {
		return new DashboardFilter(from, to, null, null, null, null);
	}

	public DashboardFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
		return new DashboardFilter(newFrom, newTo, team, channel, tier, type);
	}

	public DashboardFilter withTeam(Long newTeam) {
		return new DashboardFilter(from, to, newTeam, channel, tier, type);
	}

	public DashboardFilter withChannel(String newChannel) {
		return new DashboardFilter(from, to, team, newChannel, tier, type);
	}

	public DashboardFilter withTier(String newTier) {
		return new DashboardFilter(from, to, team, channel, newTier, type);
	}

	/** The filter as query parameters (for links, exports and the audit log), unset ones left out. */
	public Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("from", from.toString());
		parameters.put("to", to.toString());
		if (team != null) {
			parameters.put("team", team.toString());
		}
		put(parameters, "channel", channel);
		put(parameters, "tier", tier);
		put(parameters, "type", type);
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
