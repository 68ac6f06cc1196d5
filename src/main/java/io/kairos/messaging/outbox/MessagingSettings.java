package io.kairos.messaging.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery settings ({@code kairos.messaging.*}).
 * @param maxAttempts attempts before a message becomes a dead letter
 * @param backoffBase the wait after the first failed attempt; it doubles with each further failure
 * @param backoffMax the longest wait between attempts
 * @param stuckAfter a queued message not delivered within this time is picked up by the retry job (the event
 *                   registry normally delivers it at once, or after a restart)
 * @param retryBatch messages the retry job attempts per run
 */
@ConfigurationProperties("kairos.messaging")
record MessagingSettings(@DefaultValue("6") int maxAttempts, @DefaultValue("1m") Duration backoffBase,
		@DefaultValue("6h") Duration backoffMax, @DefaultValue("5m") Duration stuckAfter,
		@DefaultValue("100") int retryBatch) {

	Backoff backoff() {
		return new Backoff(backoffBase, backoffMax);
	}

}
