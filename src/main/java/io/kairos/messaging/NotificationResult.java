package io.kairos.messaging;

import java.util.UUID;

/**
 * What became of a {@link Notification}.
 * @param outcome queued, held back by a cap, no way to reach the customer, or already requested
 * @param messageId the queued message's id ({@link Outcome#QUEUED}, and the earlier one for {@link Outcome#DUPLICATE}
 *                  when known), else null
 * @param channel the channel it goes out on ({@code EMAIL}, {@code SMS}, {@code PHONE}, {@code WECHAT}), else null
 */
public record NotificationResult(Outcome outcome, UUID messageId, String channel) {

	public enum Outcome {

		/** Stored in the outbox; it is delivered after the caller's transaction commits. */
		QUEUED,

		/** A frequency cap held it back; counted on the caps page. */
		SUPPRESSED,

		/** The customer has no consented channel with an address (or was erased). */
		NO_CHANNEL,

		/** A message with the same dedup key exists. */
		DUPLICATE

	}

	static NotificationResult queued(UUID id, String channel) {
		return new NotificationResult(Outcome.QUEUED, id, channel);
	}

	static NotificationResult of(Outcome outcome) {
		return new NotificationResult(outcome, null, null);
	}

	public boolean queued() {
		return outcome == Outcome.QUEUED;
	}

}
