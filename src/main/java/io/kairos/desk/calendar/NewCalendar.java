package io.kairos.desk.calendar;

import java.util.List;
import java.util.Map;

/**
 * A calendar to create: {@code weeklyHours} maps MONDAY … SUNDAY to intervals such as {@code "09:00-12:00"}
 * (a day left out has no working time); {@code dates} are optional holidays and make-up working days.
 */
record NewCalendar(String code, String nameZh, String nameEn, String timeZone, Map<String, List<String>> weeklyHours,
		List<NewDate> dates) {

	/** Strings, so a wrong value is refused naming its field rather than as unreadable JSON. */
	record NewDate(String date, String kind, String nameZh, String nameEn) {
	}

}
