package io.kairos.desk.calendar;

import java.util.List;
import java.util.Map;

/** One calendar with its special dates, all of them or those of {@code year}. */
record CalendarView(long id, String code, String nameZh, String nameEn, String timeZone, boolean defaultCalendar,
		int version, Map<String, List<String>> weeklyHours, List<Integer> years, Integer year,
		List<CalendarDate> dates) {
}
