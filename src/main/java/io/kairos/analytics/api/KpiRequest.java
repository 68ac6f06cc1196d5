package io.kairos.analytics.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;

import io.kairos.analytics.GroupBy;
import io.kairos.analytics.KpiQuery;
import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketType;
import io.kairos.shared.api.ProblemException;

/**
 * The query parameters of {@code GET /api/v1/kpis} as given, turned into a {@link KpiQuery}: each bad parameter is
 * a 400 naming it. Periods are at most {@value #MAX_DAYS} days.
 */
record KpiRequest(String from, String to, String groupBy, String team, String channel, String tier, String type,
		String agent) {

	static final int MAX_DAYS = 731;

	KpiQuery toQuery() {
		LocalDate start = date("from", from);
		LocalDate end = date("to", to);
		if (end.isBefore(start)) {
			throw ProblemException.invalid("to", "problem.kpi.period-order");
		}
		if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			throw ProblemException.invalid("to", "problem.kpi.period-length", MAX_DAYS);
		}
		GroupBy by = blank(groupBy) ? GroupBy.NONE
				: GroupBy.ofCode(groupBy.trim().toLowerCase(Locale.ROOT))
					.orElseThrow(() -> ProblemException.invalid("groupBy", "problem.kpi.group-by"));
		return new KpiQuery(start, end, by, id("team", team), code("channel", channel, TicketChannel.class),
				tierCode(), code("type", type, TicketType.class), id("agent", agent));
	}

	private String tierCode() {
		if (blank(tier)) {
			return null;
		}
		String code = tier.trim().toUpperCase(Locale.ROOT);
		if (code.length() > 32 || !code.matches("[A-Z0-9_-]+")) {
			throw ProblemException.invalid("tier", "problem.kpi.tier");
		}
		return code;
	}

	private static LocalDate date(String field, String value) {
		if (blank(value)) {
			throw ProblemException.invalid(field, "problem.kpi.date");
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException notADate) {
			throw ProblemException.invalid(field, "problem.kpi.date");
		}
	}

	private static Long id(String field, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			long id = Long.parseLong(value.trim());
			if (id < 0) {
				throw ProblemException.invalid(field, "problem.kpi.id");
			}
			return id;
		}
		catch (NumberFormatException notANumber) {
			throw ProblemException.invalid(field, "problem.kpi.id");
		}
	}

	private static <E extends Enum<E>> String code(String field, String value, Class<E> type) {
		if (blank(value)) {
			return null;
		}
		String code = value.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants())
			.map(Enum::name)
			.filter(code::equals)
			.findFirst()
			.orElseThrow(() -> ProblemException.invalid(field, "problem.kpi.code"));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
