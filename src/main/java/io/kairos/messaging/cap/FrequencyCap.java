package io.kairos.messaging.cap;

import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code maxMessages} proactive messages of a kind per customer within any {@code windowHours} (a
 * rolling window: what counts is the last {@code windowHours} before now, not a calendar day).
 */
public record FrequencyCap(String kind, int maxMessages, int windowHours, int version) {

	public FrequencyCap {
		if (maxMessages < 0 || windowHours < 1) {
			throw new IllegalArgumentException("A cap allows 0 or more messages in a window of at least an hour");
		}
	}

	public Duration window() {
		return Duration.ofHours(windowHours);
	}

	/** Messages sent after this instant (exclusive) count against the cap at {@code now}. */
	public Instant windowStart(Instant now) {
		return now.minus(window());
	}

	/** Whether a message sent at {@code sentAt} still counts at {@code now}. */
	public boolean counts(Instant sentAt, Instant now) {
		return sentAt.isAfter(windowStart(now)) && !sentAt.isAfter(now);
	}

	/** Whether one more message is allowed when {@code sentInWindow} were already sent in the window. */
	public boolean admits(long sentInWindow) {
		return sentInWindow < maxMessages;
	}

}
