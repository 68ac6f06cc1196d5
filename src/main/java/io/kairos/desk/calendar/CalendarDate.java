package io.kairos.desk.calendar;

import java.time.LocalDate;

/** A holiday or make-up working day of a calendar, as shown and returned by the API. */
record CalendarDate(LocalDate date, String kind, String nameZh, String nameEn) {
}
