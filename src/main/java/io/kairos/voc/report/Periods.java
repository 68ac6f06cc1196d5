package io.kairos.voc.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Period boundaries for a trend: whole days, ISO weeks (Monday) or months in a time zone. */
public enum Periods {

	DAY, WEEK, MONTH;

	public static final int MAX_PERIODS = 60;

	/** Boundaries from the period holding {@code from} to the one after {@code to}, at most {@link #MAX_PERIODS}. */
	public List<Instant> boundaries(Instant from, Instant to, ZoneId zone) {
		LocalDate start = start(from.atZone(zone).toLocalDate());
		LocalDate last = to.atZone(zone).toLocalDate();
		List<Instant> boundaries = new ArrayList<>();
		LocalDate day = start;
		boundaries.add(day.atStartOfDay(zone).toInstant());
		while (!day.isAfter(last) && boundaries.size() <= MAX_PERIODS) {
			day = next(day);
			boundaries.add(day.atStartOfDay(zone).toInstant());
		}
		return boundaries;
	}

	LocalDate start(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> day.withDayOfMonth(1);
		};
	}

	LocalDate next(LocalDate day) {
		return switch (this) {
			case DAY -> day.plusDays(1);
			case WEEK -> day.plusWeeks(1);
			case MONTH -> day.plusMonths(1);
		};
	}

}
