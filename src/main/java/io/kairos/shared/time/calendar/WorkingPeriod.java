package io.kairos.shared.time.calendar;

import java.time.Duration;
import java.time.Instant;

/** One stretch of working time on the time line, [start, end). */
public record WorkingPeriod(Instant start, Instant end) {

	public boolean contains(Instant instant) {
		return !instant.isBefore(start) && instant.isBefore(end);
	}

	public Duration length() {
		return Duration.between(start, end);
	}

}
