package io.kairos.shared.time.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A date that departs from the weekly hours: a public holiday or a make-up working day (调休上班). */
public record SpecialDate(LocalDate date, Kind kind, String nameZh, String nameEn) {

	public SpecialDate {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
	}

	public enum Kind {

		/** No working time at all that day. */
		HOLIDAY,

		/** A working day although it falls on a weekend; it has the calendar's regular working-day hours. */
		WORKDAY

	}

}
