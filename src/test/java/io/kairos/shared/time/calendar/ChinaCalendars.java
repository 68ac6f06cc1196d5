package io.kairos.shared.time.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/** The test calendar: 09:00–12:00 and 13:00–18:00 Monday–Friday in Asia/Shanghai with China's 2026 dates. */
final class ChinaCalendars {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final List<WorkingInterval> OFFICE_HOURS = List.of(WorkingInterval.parse("09:00-12:00"),
			WorkingInterval.parse("13:00-18:00"));

	static final BusinessCalendar CHINA_2026 = BusinessCalendar.of(SHANGHAI,
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), OFFICE_HOURS, dates2026());

	private ChinaCalendars() {
	}

	static List<SpecialDate> dates2026() {
		try (InputStream in = ChinaCalendars.class.getResourceAsStream("/calendars/cn-2026.csv")) {
			return SpecialDatesCsv.read(in);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	/** Wall-clock time in Shanghai, e.g. {@code at("2026-02-14T17:00")}. */
	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
	}

}
