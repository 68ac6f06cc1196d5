package io.kairos.journey.mot;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;

import io.kairos.shared.api.ProblemException;

/**
 * A reporting period of whole days in the business time zone, {@code from} and {@code to} both included; without
 * dates the last 90 days up to today.
 */
public record Period(LocalDate from, LocalDate to, ZoneId zone) {

	public static Period parse(String from, String to, ZoneId zone, Clock clock) {
		LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock.withZone(zone)) : date("to", to);
		LocalDate start = from == null || from.isBlank() ? end.minusDays(89) : date("from", from);
		if (start.isAfter(end)) {
			throw ProblemException.invalid("from", "problem.journey.period.order");
		}
		return new Period(start, end, zone);
	}

	private static LocalDate date(String field, String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.invalid(field, "problem.journey.period.format");
		}
	}

	public Instant start() {
		return from.atStartOfDay(zone).toInstant();
	}

	/** Exclusive end: the start of the day after {@code to}. */
	public Instant end() {
		return to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** The Monday of the ISO week an instant falls in, in this period's zone. */
	public LocalDate weekOf(Instant at) {
		return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
