package io.kairos.messaging.outbox;

import java.time.Duration;

/** Exponential backoff: after the n-th failed attempt wait base × 2^(n-1), never longer than max. */
record Backoff(Duration base, Duration max) {

	Backoff {
		if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
			throw new IllegalArgumentException("Backoff needs 0 < base <= max");
		}
	}

	Duration after(int failedAttempts) {
		if (failedAttempts < 1) {
			return Duration.ZERO;
		}
		// Doubling 62 times overflows a long of nanoseconds long before; stop doubling once past max.
		Duration wait = base;
		for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(max) > 0 ? max : wait;
	}

}
