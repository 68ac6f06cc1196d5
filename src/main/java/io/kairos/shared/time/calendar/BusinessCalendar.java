package io.kairos.shared.time.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When work happens: working intervals per weekday in a time zone, public holidays (no work) and make-up working
 * days (调休: a weekend date that works the regular working-day hours). Holidays are data, so a year without
 * imported dates simply runs on the weekly hours. Immutable.
 * <p>
 * The "regular working-day hours" used on a make-up day are those of the first weekday from Monday on that has
 * any hours (Monday in the usual Monday–Friday week).
 */
public final class BusinessCalendar {

	private static final BusinessCalendar TWENTY_FOUR_SEVEN = allHours(ZoneOffset.UTC);

	private final ZoneId zone;

	private final Map<DayOfWeek, List<WorkingInterval>> weeklyHours;

	private final Set<LocalDate> holidays;

	private final Set<LocalDate> makeUpWorkdays;

	private final List<WorkingInterval> workdayHours;

	public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> weeklyHours,
			Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkdays) {
		this.zone = Objects.requireNonNull(zone, "zone");
		EnumMap<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day, sortedWithoutOverlap(day, weeklyHours.getOrDefault(day, List.of())));
		}
		this.weeklyHours = Collections.unmodifiableMap(week);
		this.holidays = Set.copyOf(holidays);
		this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
		Set<LocalDate> both = new HashSet<>(this.holidays);
		both.retainAll(this.makeUpWorkdays);
		if (!both.isEmpty()) {
			throw new IllegalArgumentException("Dates both holiday and make-up working day: " + both);
		}
		this.workdayHours = week.values().stream().filter(hours -> !hours.isEmpty()).findFirst().orElse(List.of());
	}

	/** The same weekly hours on the given weekdays, with special dates. */
	public static BusinessCalendar of(ZoneId zone, Set<DayOfWeek> workingDays, List<WorkingInterval> hours,
			Collection<SpecialDate> specialDates) {
		Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
		workingDays.forEach(day -> week.put(day, hours));
		return of(zone, week, specialDates);
	}

	public static BusinessCalendar of(ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> weeklyHours,
			Collection<SpecialDate> specialDates) {
		List<LocalDate> holidays = new ArrayList<>();
		List<LocalDate> workdays = new ArrayList<>();
		for (SpecialDate date : specialDates) {
			(date.kind() == SpecialDate.Kind.HOLIDAY ? holidays : workdays).add(date.date());
		}
		return new BusinessCalendar(zone, weeklyHours, holidays, workdays);
	}

	/** Every hour of every day, no holidays: for policies that run on calendar time. */
	public static BusinessCalendar twentyFourSeven() {
		return TWENTY_FOUR_SEVEN;
	}

	public static BusinessCalendar allHours(ZoneId zone) {
		Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day, List.of(WorkingInterval.WHOLE_DAY));
		}
		return new BusinessCalendar(zone, week, Set.of(), Set.of());
	}

	public ZoneId zone() {
		return zone;
	}

	public Map<DayOfWeek, List<WorkingInterval>> weeklyHours() {
		return weeklyHours;
	}

	public Set<LocalDate> holidays() {
		return holidays;
	}

	public Set<LocalDate> makeUpWorkdays() {
		return makeUpWorkdays;
	}

	/** The working hours on a date, after holidays and make-up days. */
	public List<WorkingInterval> hoursOn(LocalDate date) {
		if (holidays.contains(date)) {
			return List.of();
		}
		if (makeUpWorkdays.contains(date)) {
			return workdayHours;
		}
		return weeklyHours.get(date.getDayOfWeek());
	}

	public boolean isWorkingDay(LocalDate date) {
		return !hoursOn(date).isEmpty();
	}

	/** The working periods of a date on the time line, in order. */
	public List<WorkingPeriod> periodsOn(LocalDate date) {
		List<WorkingInterval> hours = hoursOn(date);
		List<WorkingPeriod> periods = new ArrayList<>(hours.size());
		for (WorkingInterval interval : hours) {
			Instant start = date.atTime(interval.start()).atZone(zone).toInstant();
			Instant end = interval.end().equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay(zone).toInstant()
					: date.atTime(interval.end()).atZone(zone).toInstant();
			// a daylight-saving jump can swallow a short interval
			if (start.isBefore(end)) {
				periods.add(new WorkingPeriod(start, end));
			}
		}
		return periods;
	}

	public boolean isWorkingTime(Instant instant) {
		LocalDate date = instant.atZone(zone).toLocalDate();
		return periodsOn(date).stream().anyMatch(period -> period.contains(instant));
	}

	public LocalDate dateOf(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}

	private static List<WorkingInterval> sortedWithoutOverlap(DayOfWeek day, List<WorkingInterval> hours) {
		List<WorkingInterval> sorted = new ArrayList<>(hours);
		Collections.sort(sorted);
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i - 1).overlaps(sorted.get(i))) {
				throw new IllegalArgumentException(
						"Working hours overlap on " + day + ": " + sorted.get(i - 1) + " and " + sorted.get(i));
			}
		}
		return List.copyOf(sorted);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof BusinessCalendar that && zone.equals(that.zone) && weeklyHours.equals(that.weeklyHours)
				&& holidays.equals(that.holidays) && makeUpWorkdays.equals(that.makeUpWorkdays);
	}

	@Override
	public int hashCode() {
		return Objects.hash(zone, weeklyHours, holidays, makeUpWorkdays);
	}

	@Override
	public String toString() {
		return "BusinessCalendar[" + zone + ", " + weeklyHours + ", " + holidays.size() + " holidays, "
				+ makeUpWorkdays.size() + " make-up days]";
	}

}
