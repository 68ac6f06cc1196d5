package io.kairos.analytics.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When a subscription's report falls due, in the subscriber's time zone. A daily report is due each day at the chosen
 * hour and covers the day before; a weekly one is due on the chosen weekday at that hour and covers the seven days
 * before that day. Each due moment belongs to a period with a code ({@code 2026-12-07}, {@code 2026-W50}) that the
 * job sends at most once, so a node that was down sends the missed report late but not twice.
 */
record ReportSchedule(ReportFrequency frequency, int hour, DayOfWeek weekday, ZoneId zone) {

	ReportSchedule {
		if (hour < 0 || hour > 23) {
			throw new IllegalArgumentException("An hour of the day is 0 to 23: " + hour);
		}
	}

	/** The period due at {@code now}: the one whose due moment is the latest not after now. */
	Optional<Period> dueAt(Instant now) {
		ZonedDateTime local = now.atZone(zone);
		LocalDate day = frequency == ReportFrequency.DAILY ? local.toLocalDate()
				: local.toLocalDate().with(TemporalAdjusters.previousOrSame(weekday));
		ZonedDateTime due = day.atTime(hour, 0).atZone(zone);
		if (due.isAfter(local)) {
			day = frequency == ReportFrequency.DAILY ? day.minusDays(1) : day.minusWeeks(1);
			due = day.atTime(hour, 0).atZone(zone);
		}
		return Optional.of(period(day, due.toInstant()));
	}

	private Period period(LocalDate dueDay, Instant due) {
		if (frequency == ReportFrequency.DAILY) {
			return new Period(dueDay.toString(), dueDay.minusDays(1), dueDay.minusDays(1), due);
		}
		String code = dueDay.get(IsoFields.WEEK_BASED_YEAR) + "-W"
				+ String.format("%02d", dueDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		return new Period(code, dueDay.minusDays(7), dueDay.minusDays(1), due);
	}

	/** A report's period: its code, the days its figures cover (both inclusive) and when it fell due. */
	record Period(String code, LocalDate from, LocalDate to, Instant due) {
	}

}
