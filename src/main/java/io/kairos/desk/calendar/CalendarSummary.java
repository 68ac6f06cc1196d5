package io.kairos.desk.calendar;

import java.util.List;
import java.util.Map;

/** A calendar in the list: its names, zone, weekly hours ({@code MONDAY: ["09:00-12:00", …]}) and the years with dates. */
record CalendarSummary(long id, String code, String nameZh, String nameEn, String timeZone, boolean defaultCalendar,
		Map<String, List<String>> weeklyHours, List<Integer> years) {
}
