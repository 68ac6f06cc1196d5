package io.kairos.shared.time.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Working hours within one day, from {@code start} (inclusive) to {@code end} (exclusive), in the calendar's
 * local time. An end of {@link LocalTime#MIDNIGHT} means the end of the day (written {@code 24:00}), so
 * {@code 00:00-24:00} is the whole day; an interval never crosses midnight.
 */
public record WorkingInterval(LocalTime start, LocalTime end) implements Comparable<WorkingInterval> {

	public static final WorkingInterval WHOLE_DAY = new WorkingInterval(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

	public WorkingInterval {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!endsAtMidnight(end) && !start.isBefore(end)) {
			throw new IllegalArgumentException("Working interval must end after it starts: " + start + "-" + end);
		}
	}

	/** Reads {@code HH:mm-HH:mm}, with {@code 24:00} allowed as the end. */
	public static WorkingInterval parse(String text) {
		String[] parts = text == null ? new String[0] : text.strip().split("-", -1);
		if (parts.length != 2) {
			throw new IllegalArgumentException("Expected HH:mm-HH:mm: " + text);
		}
		try {
			LocalTime start = LocalTime.parse(parts[0].strip());
			String endText = parts[1].strip();
			LocalTime end = "24:00".equals(endText) ? LocalTime.MIDNIGHT : LocalTime.parse(endText);
			return new WorkingInterval(start, end);
		}
		catch (DateTimeParseException notATime) {
			throw new IllegalArgumentException("Expected HH:mm-HH:mm: " + text, notATime);
		}
	}

	/** From minutes after midnight, 1440 meaning 24:00. */
	public static WorkingInterval ofMinutes(int startMinute, int endMinute) {
		if (startMinute < 0 || endMinute > 24 * 60 || startMinute >= 24 * 60) {
			throw new IllegalArgumentException("Minutes out of the day: " + startMinute + "-" + endMinute);
		}
		return new WorkingInterval(LocalTime.of(startMinute / 60, startMinute % 60),
				endMinute == 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(endMinute / 60, endMinute % 60));
	}

	/** Minutes after midnight, 1440 for an end of day. */
	public int startMinute() {
		return start.getHour() * 60 + start.getMinute();
	}

	public int endMinute() {
		return endsAtMidnight(end) ? 24 * 60 : end.getHour() * 60 + end.getMinute();
	}

	public Duration length() {
		return Duration.ofSeconds(endSecond() - start.toSecondOfDay());
	}

	boolean overlaps(WorkingInterval other) {
		return start.toSecondOfDay() < other.endSecond() && other.start.toSecondOfDay() < endSecond();
	}

	private int endSecond() {
		return endsAtMidnight(end) ? 24 * 3600 : end.toSecondOfDay();
	}

	private static boolean endsAtMidnight(LocalTime end) {
		return end.equals(LocalTime.MIDNIGHT);
	}

	@Override
	public int compareTo(WorkingInterval other) {
		return start.compareTo(other.start);
	}

	@Override
	public String toString() {
		return start + "-" + (endsAtMidnight(end) ? "24:00" : end.toString());
	}

}
