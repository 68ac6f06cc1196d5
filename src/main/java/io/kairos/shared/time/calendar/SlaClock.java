package io.kairos.shared.time.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Business-time arithmetic on one calendar: when a target of working time runs out, and how much working time
 * has been used. Time outside working hours and inside pauses does not count. A start outside working time
 * begins counting at the next working instant.
 */
public final class SlaClock {

	/** How far ahead a due time is searched, so a calendar with no working time cannot loop forever. */
	public static final int HORIZON_YEARS = 2;

	private final BusinessCalendar calendar;

	public SlaClock(BusinessCalendar calendar) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
	}

	public static SlaClock on(BusinessCalendar calendar) {
		return new SlaClock(calendar);
	}

	public BusinessCalendar calendar() {
		return calendar;
	}

	/**
	 * The instant when {@code target} of working time has elapsed after {@code start}; empty while the clock is
	 * paused with no end, or when the target does not run out within {@value #HORIZON_YEARS} years.
	 * A due time at the end of a working period (18:00) is that instant, not the next morning.
	 */
	public Optional<Instant> dueAt(Instant start, Duration target, List<Pause> pauses) {
		if (target.isNegative()) {
			throw new IllegalArgumentException("Negative target: " + target);
		}
		List<Pause> merged = merged(pauses);
		Duration remaining = target;
		LocalDate last = calendar.dateOf(start).plusYears(HORIZON_YEARS);
		for (LocalDate date = calendar.dateOf(start); !date.isAfter(last); date = date.plusDays(1)) {
			for (WorkingPeriod period : calendar.periodsOn(date)) {
				if (!period.end().isAfter(start)) {
					continue;
				}
				Instant from = later(period.start(), start);
				if (pausedForGood(merged, from)) {
					return Optional.empty();
				}
				for (WorkingPeriod active : unpaused(from, period.end(), merged)) {
					Duration length = active.length();
					if (remaining.compareTo(length) <= 0) {
						return Optional.of(active.start().plus(remaining));
					}
					remaining = remaining.minus(length);
				}
			}
		}
		return Optional.empty();
	}

	/** Working time used between {@code start} and {@code now}, without pauses; zero if now is not after start. */
	public Duration elapsed(Instant start, Instant now, List<Pause> pauses) {
		Duration total = Duration.ZERO;
		if (!now.isAfter(start)) {
			return total;
		}
		List<Pause> merged = merged(pauses);
		LocalDate last = calendar.dateOf(now);
		for (LocalDate date = calendar.dateOf(start); !date.isAfter(last); date = date.plusDays(1)) {
			for (WorkingPeriod period : calendar.periodsOn(date)) {
				Instant from = later(period.start(), start);
				Instant to = period.end().isBefore(now) ? period.end() : now;
				if (from.isBefore(to)) {
					for (WorkingPeriod active : unpaused(from, to, merged)) {
						total = total.plus(active.length());
					}
				}
			}
		}
		return total;
	}

	/** Working time left before {@code target} runs out at {@code now}; negative once it is overdue. */
	public Duration remaining(Instant start, Duration target, Instant now, List<Pause> pauses) {
		return target.minus(elapsed(start, now, pauses));
	}

	/** Pauses in order with overlapping or touching ones joined; everything after an open pause is paused. */
	static List<Pause> merged(List<Pause> pauses) {
		List<Pause> sorted = new ArrayList<>(pauses);
		sorted.sort(Comparator.comparing(Pause::from));
		List<Pause> merged = new ArrayList<>();
		for (Pause pause : sorted) {
			if (!merged.isEmpty()) {
				Pause previous = merged.get(merged.size() - 1);
				if (previous.isOpen()) {
					break;
				}
				if (!pause.from().isAfter(previous.to())) {
					Instant to = pause.isOpen() ? null : later(previous.to(), pause.to());
					merged.set(merged.size() - 1, new Pause(previous.from(), to));
					continue;
				}
			}
			merged.add(pause);
		}
		return merged;
	}

	private static boolean pausedForGood(List<Pause> merged, Instant at) {
		if (merged.isEmpty()) {
			return false;
		}
		Pause lastPause = merged.get(merged.size() - 1);
		return lastPause.isOpen() && !lastPause.from().isAfter(at);
	}

	/** [from, to) minus the pauses, as the stretches that remain. */
	private static List<WorkingPeriod> unpaused(Instant from, Instant to, List<Pause> merged) {
		List<WorkingPeriod> stretches = new ArrayList<>(2);
		Instant cursor = from;
		for (Pause pause : merged) {
			if (!cursor.isBefore(to)) {
				break;
			}
			if (!pause.isOpen() && !pause.to().isAfter(cursor)) {
				continue;
			}
			if (!pause.from().isBefore(to)) {
				break;
			}
			if (pause.from().isAfter(cursor)) {
				stretches.add(new WorkingPeriod(cursor, pause.from()));
			}
			cursor = pause.isOpen() ? to : pause.to();
		}
		if (cursor.isBefore(to)) {
			stretches.add(new WorkingPeriod(cursor, to));
		}
		return stretches;
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
