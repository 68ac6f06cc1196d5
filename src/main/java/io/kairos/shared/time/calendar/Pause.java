package io.kairos.shared.time.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * A time the SLA clock stands still (pending customer, on hold), [from, to). A {@code to} of {@code null}
 * means the clock is still paused.
 */
public record Pause(Instant from, Instant to) {

	public Pause {
		Objects.requireNonNull(from, "from");
		if (to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("Pause ends before it starts: " + from + " .. " + to);
		}
	}

	public static Pause open(Instant from) {
		return new Pause(from, null);
	}

	public boolean isOpen() {
		return to == null;
	}

	public boolean covers(Instant instant) {
		return !instant.isBefore(from) && (to == null || instant.isBefore(to));
	}

}
