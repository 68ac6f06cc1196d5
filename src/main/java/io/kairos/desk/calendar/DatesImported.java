package io.kairos.desk.calendar;

import java.util.List;

/** The outcome of an import: the years it covered, what it stored and how many earlier dates it replaced. */
record DatesImported(long calendarId, List<Integer> years, int holidays, int workdays, int replaced) {
}
