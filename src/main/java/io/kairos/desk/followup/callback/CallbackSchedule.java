package io.kairos.desk.followup.callback;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.kairos.desk.TicketResolved;

/**
 * When a callback falls due, and how an unreachable customer is tried again. Today one delay for every ticket
 * ({@code kairos.desk.callback-delay}); SPEC §2.3 gives SLA policies a "callback after resolution" target, and
 * {@link #dueAfter} is where that target replaces the setting once policies exist.
 */
@Component
class CallbackSchedule {

	private final Duration delay;

	private final Duration retry;

	private final int maxAttempts;

	CallbackSchedule(@Value("${kairos.desk.callback-delay:24h}") Duration delay,
			@Value("${kairos.desk.callback-retry:2h}") Duration retry,
			@Value("${kairos.desk.callback-max-attempts:3}") int maxAttempts) {
		this.delay = delay;
		this.retry = retry;
		this.maxAttempts = maxAttempts;
	}

	Instant dueAfter(TicketResolved resolved) {
		return resolved.at().plus(delay);
	}

	Instant retryAt(Instant now) {
		return now.plus(retry);
	}

	int maxAttempts() {
		return maxAttempts;
	}

}
