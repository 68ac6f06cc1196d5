package io.kairos.analytics.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketType;
import io.kairos.shared.api.ProblemException;

/**
 * A dashboard's filter as it arrives in the address: dates as ISO text, codes as typed. {@link #filter} checks it
 * and fills in each role's default period: today for the supervisor (today against target), the last 7 days for
 * the agent, the last 30 for the manager.
 */
record FilterForm(String from, String to, String team, String channel, String tier, String type) {

	/** The longest period a dashboard covers. */
	static final int MAX_DAYS = 366;

	DashboardFilter filter(DashboardKind kind, Clock clock, ZoneId zone) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate end = date("to", to, today);
		LocalDate start = date("from", from, switch (kind) {
			case SUPERVISOR -> end;
			case AGENT -> end.minusDays(6);
			case MANAGER -> end.minusDays(29);
		});
		if (start.isAfter(end)) {
			throw ProblemException.invalid("from", "problem.analytics.dashboard.period");
		}
		if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			throw ProblemException.invalid("from", "problem.analytics.dashboard.period-too-long", MAX_DAYS);
		}
		return new DashboardFilter(start, end, teamId(), code("channel", channel, TicketChannel.class),
				tier == null || tier.isBlank() ? null : checkedTier(), code("type", type, TicketType.class));
	}

	private Long teamId() {
		if (team == null || team.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(team.strip());
		}
		catch (NumberFormatException notANumber) {
			throw ProblemException.invalid("team", "problem.analytics.dashboard.team");
		}
	}

	private String checkedTier() {
		String code = tier.strip();
		if (code.length() > 32 || !code.matches("[A-Za-z0-9_-]+")) {
			throw ProblemException.invalid("tier", "problem.analytics.dashboard.tier");
		}
		return code;
	}

	private static LocalDate date(String field, String text, LocalDate fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADate) {
			throw ProblemException.invalid(field, "problem.analytics.dashboard.date");
		}
	}

	private static <E extends Enum<E>> String code(String field, String text, Class<E> type) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)).name();
		}
		catch (IllegalArgumentException unknown) {
			throw ProblemException.invalid(field, "problem.analytics.dashboard." + field);
		}
	}

}
